package dev.modelbench.train;

import java.util.List;

import dev.modelbench.train.metrics.ClassificationMetrics;

/**
 * A classifier's answer for one sample.
 *
 * @param classIndex    the most probable class (the lowest index on ties)
 * @param label         its name
 * @param confidence    its probability
 * @param probabilities every class's probability, in class order
 */
public record Prediction(int classIndex, String label, float confidence, float[] probabilities) {

	/**
	 * The prediction of a model's {@code logits}: the class is chosen on the logits, as training
	 * scored it (rounding to float probabilities can tie them), then softmax gives the probabilities.
	 */
	public static Prediction ofLogits(List<String> classNames, float[] logits) {
		int best = ClassificationMetrics.argmax(logits);
		double[] softmax = ClassificationMetrics.softmax(logits);
		float[] probabilities = new float[softmax.length];
		for (int c = 0; c < softmax.length; c++) {
			probabilities[c] = (float) softmax[c];
		}
		return new Prediction(best, classNames.get(best), probabilities[best], probabilities);
	}
}
