package dev.modelbench.train;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a classifier is trained on: class names (index = label) and the training and validation
 * samples. An empty validation set is allowed; the metrics are then measured on training samples.
 */
public record TrainingData(List<String> classNames, FeatureSet training, FeatureSet validation) {

	public TrainingData {
		classNames = List.copyOf(classNames);
		Objects.requireNonNull(training, "training"); //$NON-NLS-1$
		Objects.requireNonNull(validation, "validation"); //$NON-NLS-1$
		if (new HashSet<>(classNames).size() != classNames.size()) {
			throw new IllegalArgumentException("Duplicate class names: " + classNames); //$NON-NLS-1$
		}
		checkLabels(training, classNames.size());
		checkLabels(validation, classNames.size());
		int width = featureCount(training);
		checkWidth(training, width);
		checkWidth(validation, width);
	}

	/** The length of every feature vector (0 when there are no training samples). */
	public int featureCount() {
		return featureCount(training);
	}

	private static int featureCount(FeatureSet set) {
		return set.isEmpty() ? 0 : set.features()[0].length;
	}

	// Labels and widths come from our own extractors, not from the user: a mismatch is a bug.
	private static void checkLabels(FeatureSet set, int classes) {
		for (int label : set.labels()) {
			if (label < 0 || label >= classes) {
				throw new IllegalArgumentException("Label " + label + " outside 0.." + (classes - 1)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static void checkWidth(FeatureSet set, int width) {
		for (float[] vector : set.features()) {
			if (vector.length != width) {
				throw new IllegalArgumentException("Feature vectors of length " + vector.length + " and " + width); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
