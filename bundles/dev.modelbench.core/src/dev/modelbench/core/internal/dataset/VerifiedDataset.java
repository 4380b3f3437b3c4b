package dev.modelbench.core.internal.dataset;

import java.util.List;

import dev.modelbench.core.dataset.SkippedFile;

/**
 * A scanned dataset after every file was decoded.
 *
 * @param classes classes with at least one good sample; only good samples are listed
 * @param unreadable files that failed to decode
 * @param classesLeftEmpty classes all of whose files failed to decode
 */
public record VerifiedDataset(List<ScannedClass> classes, List<SkippedFile> unreadable, List<String> classesLeftEmpty) {

	public VerifiedDataset {
		classes = List.copyOf(classes);
		unreadable = List.copyOf(unreadable);
		classesLeftEmpty = List.copyOf(classesLeftEmpty);
	}
}
