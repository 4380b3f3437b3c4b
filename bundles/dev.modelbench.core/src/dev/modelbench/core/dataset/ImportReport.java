package dev.modelbench.core.dataset;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/**
 * What an import did.
 *
 * @param categories the classes imported, in the order of the dataset (sorted by class name)
 * @param skippedFiles files that could not be decoded and were left out
 * @param ignoredFiles paths inside the dataset that are not samples of this project's kind
 * @param emptyClasses class folders without a usable sample; no category was made for them
 * @param splitFromDataset true if the dataset's own train/val folders decided the split, false if
 *            it was computed
 * @param notes one line each on what happened to folders in a way the user may not expect (hidden
 *            folders left out, links followed, classes added to existing ones)
 */
public record ImportReport(List<ImportedCategory> categories, List<SkippedFile> skippedFiles,
		List<String> ignoredFiles, List<String> emptyClasses, boolean splitFromDataset, List<String> notes) {

	public ImportReport {
		categories = List.copyOf(categories);
		skippedFiles = List.copyOf(skippedFiles);
		ignoredFiles = List.copyOf(ignoredFiles);
		emptyClasses = List.copyOf(emptyClasses);
		notes = List.copyOf(notes);
	}

	public int sampleCount() {
		return categories.stream().mapToInt(ImportedCategory::sampleCount).sum();
	}

	public int trainCount() {
		return categories.stream().mapToInt(ImportedCategory::trainCount).sum();
	}

	public int validationCount() {
		return categories.stream().mapToInt(ImportedCategory::validationCount).sum();
	}

	/** The category imported for {@code displayName}, or null. */
	public ImportedCategory category(String displayName) {
		return categories.stream().filter(c -> c.displayName().equals(displayName)).findFirst().orElse(null);
	}

	/** A few lines for the user: what was imported and what was left out. */
	public String summary() {
		StringBuilder summary = new StringBuilder(NLS.bind(Messages.ImportReport_imported, new Object[] {
				sampleCount(), categories.size(), trainCount(), validationCount() }));
		summary.append('\n').append(splitFromDataset ? Messages.ImportReport_splitFromDataset
				: Messages.ImportReport_splitComputed);
		if (!skippedFiles.isEmpty()) {
			summary.append('\n').append(NLS.bind(Messages.ImportReport_skipped, skippedFiles.size()));
		}
		if (!ignoredFiles.isEmpty()) {
			summary.append('\n').append(NLS.bind(Messages.ImportReport_ignored, ignoredFiles.size()));
		}
		if (!emptyClasses.isEmpty()) {
			summary.append('\n').append(NLS.bind(Messages.ImportReport_emptyClasses, String.join(", ", emptyClasses))); //$NON-NLS-1$
		}
		notes.forEach(note -> summary.append('\n').append(note));
		return summary.toString();
	}
}
