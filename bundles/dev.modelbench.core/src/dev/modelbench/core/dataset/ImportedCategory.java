package dev.modelbench.core.dataset;

/**
 * One class of an imported dataset as it ended up in the project.
 *
 * @param displayName the class name as written in the dataset
 * @param folderName the category's folder under data/
 * @param trainCount samples added for training
 * @param validationCount samples added for validation
 * @param merged whether the samples went into a category the project already had
 */
public record ImportedCategory(String displayName, String folderName, int trainCount, int validationCount,
		boolean merged) {

	public int sampleCount() {
		return trainCount + validationCount;
	}
}
