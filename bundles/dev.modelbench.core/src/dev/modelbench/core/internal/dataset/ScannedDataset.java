package dev.modelbench.core.internal.dataset;

import java.util.List;

/**
 * What a dataset folder holds, before any file is decoded.
 *
 * @param classes classes with at least one candidate sample, sorted by display name
 * @param ignoredFiles relative names of files that are not samples of the project's kind
 * @param emptyClasses display names of class folders without any candidate sample
 * @param splitGiven whether the dataset has train/ and val/ folders
 */
public record ScannedDataset(List<ScannedClass> classes, List<String> ignoredFiles, List<String> emptyClasses,
		boolean splitGiven) {

	public ScannedDataset {
		classes = List.copyOf(classes);
		ignoredFiles = List.copyOf(ignoredFiles);
		emptyClasses = List.copyOf(emptyClasses);
	}

	public int fileCount() {
		return classes.stream().mapToInt(c -> c.files().size()).sum();
	}
}
