package dev.modelbench.train;

/**
 * An evaluated sample the kept model got wrong, so the user can look at it.
 *
 * @param index      position of the sample in its feature set
 * @param sampleId   the sample's id (file name) or null when it has none
 * @param trueClass  index of the class it belongs to
 * @param predicted  index of the class the model chose
 * @param confidence the model's probability for the chosen class
 */
public record Misclassification(int index, String sampleId, int trueClass, int predicted, double confidence) {
}
