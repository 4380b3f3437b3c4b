package dev.modelbench.train;

/**
 * A classifier's answer for one sample.
 *
 * @param classIndex    the most probable class (the lowest index on ties)
 * @param label         its name
 * @param confidence    its probability
 * @param probabilities every class's probability, in class order
 */
public record Prediction(int classIndex, String label, float confidence, float[] probabilities) {
}
