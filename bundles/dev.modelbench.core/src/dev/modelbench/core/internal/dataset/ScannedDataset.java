package dev.modelbench.core.internal.dataset;

import java.util.List;

/**
 * What a dataset folder holds, before any file is decoded.
 *
 * @param classes classes with at least one candidate sample, sorted by display name
 * @param ignoredFiles relative names of files that are not samples of the project's kind
 * @param emptyClasses display names of class folders without any candidate sample
 * @param splitGiven whether the dataset has train/ and val/ folders
 * @param notes lines for the user on folders taken in a way they may not expect (hidden, linked)
 */
public record ScannedDataset(List<ScannedClass> classes, List<String> ignoredFiles, List<String> emptyClasses,
		boolean splitGiven, List<String> notes) {

	public ScannedDataset {
		classes = List.copyOf(classes);
		ignoredFiles = List.copyOf(ignoredFiles);
		emptyClasses = List.copyOf(emptyClasses);
		notes = List.copyOf(notes);
	}

	public int fileCount() {
		return classes.stream().mapToInt(c -> c.files().size()).sum();
	}
}
