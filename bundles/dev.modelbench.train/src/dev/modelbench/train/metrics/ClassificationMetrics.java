package dev.modelbench.train.metrics;

/**
 * Loss and accuracy of class scores against true labels. Scores are logits or probabilities: one
 * row per sample, one column per class. Ties between scores go to the lower class index, as in
 * {@link #argmax(float[])}, so top-1 accuracy is top-k accuracy with k = 1.
 */
public final class ClassificationMetrics {

	/** Top-k accuracy is reported for k = min(5, classes), like the usual "top-5". */
	public static final int MAX_TOP_K = 5;

	private ClassificationMetrics() {
	}

	/** The k the reports use for a problem with this many classes: min(5, classes). */
	public static int topK(int classes) {
		return Math.min(MAX_TOP_K, classes);
	}

	/** Softmax of logits, computed in double after subtracting the largest logit so it never overflows. */
	public static double[] softmax(float[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (float logit : logits) {
			max = Math.max(max, logit);
		}
		double[] probabilities = new double[logits.length];
		double sum = 0;
		for (int c = 0; c < logits.length; c++) {
			probabilities[c] = Math.exp(logits[c] - max);
			sum += probabilities[c];
		}
		for (int c = 0; c < logits.length; c++) {
			probabilities[c] /= sum;
		}
		return probabilities;
	}

	/**
	 * Softmax cross-entropy of one sample, -log softmax(logits)[label], computed as
	 * log-sum-exp - logit so that a confident wrong answer gives a large finite loss, not infinity.
	 */
	public static double crossEntropy(float[] logits, int label) {
		double max = Double.NEGATIVE_INFINITY;
		for (float logit : logits) {
			max = Math.max(max, logit);
		}
		double sum = 0;
		for (float logit : logits) {
			sum += Math.exp(logit - max);
		}
		return max + Math.log(sum) - logits[label];
	}

	/** Mean softmax cross-entropy over samples; NaN when there are none. */
	public static double meanCrossEntropy(float[][] logits, int[] labels) {
		checkSameCount(logits, labels);
		double sum = 0;
		for (int i = 0; i < labels.length; i++) {
			sum += crossEntropy(logits[i], labels[i]);
		}
		return labels.length == 0 ? Double.NaN : sum / labels.length;
	}

	/** The index of the highest score, the lowest such index on ties. */
	public static int argmax(float[] scores) {
		int best = 0;
		for (int c = 1; c < scores.length; c++) {
			if (scores[c] > scores[best]) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * The rank of the label's score among a sample's scores: 0 when it is the predicted class. Classes
	 * with a higher score, and classes with an equal score and a lower index, rank before it. Scores
	 * with a NaN rank the label last: a diverged model must never be counted right.
	 */
	public static int rank(float[] scores, int label) {
		float score = scores[label];
		int rank = 0;
		for (int c = 0; c < scores.length; c++) {
			if (Float.isNaN(scores[c])) {
				return scores.length;
			}
			if (scores[c] > score || (scores[c] == score && c < label)) {
				rank++;
			}
		}
		return rank;
	}

	/** Fraction of samples whose highest score is their label; NaN when there are none. */
	public static double top1Accuracy(float[][] scores, int[] labels) {
		return topKAccuracy(scores, labels, 1);
	}

	/** Fraction of samples whose label is among their k highest scores; NaN when there are none. */
	public static double topKAccuracy(float[][] scores, int[] labels, int k) {
		checkSameCount(scores, labels);
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1: " + k); //$NON-NLS-1$
		}
		int hits = 0;
		for (int i = 0; i < labels.length; i++) {
			if (rank(scores[i], labels[i]) < k) {
				hits++;
			}
		}
		return labels.length == 0 ? Double.NaN : (double) hits / labels.length;
	}

	/** The predicted class of every sample. */
	public static int[] predictions(float[][] scores) {
		int[] predicted = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			predicted[i] = argmax(scores[i]);
		}
		return predicted;
	}

	private static void checkSameCount(float[][] scores, int[] labels) {
		if (scores.length != labels.length) {
			throw new IllegalArgumentException(scores.length + " score rows but " + labels.length + " labels"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
