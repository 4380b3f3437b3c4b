package dev.modelbench.train.head;

import java.util.Arrays;

/**
 * Per-feature (x - mean) · inverseStd, fitted on the training samples only so validation scores
 * stay honest. It is part of the saved head: an export must apply it as ONNX Sub then Mul with
 * these float values to reproduce the head's inputs exactly.
 */
public final class FeatureStandardization {

	/** Below this standard deviation a feature is treated as constant and only centred. */
	private static final double CONSTANT_FEATURE_STD = 1e-6;

	private final float[] mean;
	private final float[] inverseStd;

	/** A standardisation from its values; both arrays are copied and must have the same length. */
	public FeatureStandardization(float[] mean, float[] inverseStd) {
		if (mean.length != inverseStd.length || mean.length == 0) {
			throw new IllegalArgumentException("mean " + mean.length + " and inverseStd " + inverseStd.length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.mean = mean.clone();
		this.inverseStd = inverseStd.clone();
	}

	/** Fits mean and population standard deviation of every feature, in double, over the given samples. */
	public static FeatureStandardization fit(float[][] samples) {
		if (samples.length == 0) {
			throw new IllegalArgumentException("Cannot fit a standardisation on no samples"); //$NON-NLS-1$
		}
		int width = samples[0].length;
		double[] sum = new double[width];
		for (float[] sample : samples) {
			for (int f = 0; f < width; f++) {
				sum[f] += sample[f];
			}
		}
		float[] mean = new float[width];
		double[] squares = new double[width];
		for (int f = 0; f < width; f++) {
			mean[f] = (float) (sum[f] / samples.length);
		}
		for (float[] sample : samples) {
			for (int f = 0; f < width; f++) {
				double d = sample[f] - (double) mean[f];
				squares[f] += d * d;
			}
		}
		float[] inverseStd = new float[width];
		for (int f = 0; f < width; f++) {
			double std = Math.sqrt(squares[f] / samples.length);
			// A constant feature carries no information; dividing by ~0 would only amplify noise.
			inverseStd[f] = std < CONSTANT_FEATURE_STD ? 1f : (float) (1 / std);
		}
		return new FeatureStandardization(mean, inverseStd);
	}

	public int featureCount() {
		return mean.length;
	}

	/** A copy of the means, shape [features]. */
	public float[] mean() {
		return mean.clone();
	}

	/** A copy of 1 / standard deviation (1 for constant features), shape [features]. */
	public float[] inverseStd() {
		return inverseStd.clone();
	}

	/** The standardised copy of one feature vector. */
	public float[] apply(float[] features) {
		if (features.length != mean.length) {
			throw new IllegalArgumentException("Feature vector of length " + features.length + ", expected " + mean.length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		float[] standardised = new float[features.length];
		for (int f = 0; f < features.length; f++) {
			standardised[f] = (features[f] - mean[f]) * inverseStd[f];
		}
		return standardised;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FeatureStandardization s && Arrays.equals(mean, s.mean)
				&& Arrays.equals(inverseStd, s.inverseStd);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(mean) + Arrays.hashCode(inverseStd);
	}
}
