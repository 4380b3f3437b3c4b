package dev.modelbench.train.cnn;

import java.util.Arrays;

/**
 * Standardises a CNN's input per group of values, with means and spreads fitted on the training
 * samples: per colour channel for images, per mel band (column) for spectrograms, so that every
 * group reaches the first layer at about mean 0 and spread 1.
 *
 * @param shape   the input it applies to
 * @param axis    what the groups are
 * @param mean    per group
 * @param inverseStd per group, 1/σ (1 where a group never varies)
 */
public record InputStandardization(CnnShape shape, Axis axis, float[] mean, float[] inverseStd) {

	/** What a group of input values is. */
	public enum Axis {
		/** One group per channel: the [C, 1, 1] statistics of images. */
		CHANNEL,
		/** One group per column: the [1, 1, W] statistics of spectrograms' bands. */
		COLUMN
	}

	public InputStandardization {
		mean = mean.clone();
		inverseStd = inverseStd.clone();
		if (mean.length != groups(shape, axis) || inverseStd.length != mean.length) {
			throw new IllegalArgumentException(axis + " standardisation of " + shape + " has " + mean.length); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Fits the statistics on {@code samples}, each {@link CnnShape#inputSize()} values. */
	public static InputStandardization fit(CnnShape shape, Axis axis, float[][] samples) {
		int groups = groups(shape, axis);
		double[] sum = new double[groups];
		double[] squares = new double[groups];
		long[] counts = new long[groups];
		for (float[] sample : samples) {
			for (int i = 0; i < sample.length; i++) {
				int g = group(shape, axis, i);
				sum[g] += sample[i];
				squares[g] += (double) sample[i] * sample[i];
				counts[g]++;
			}
		}
		float[] mean = new float[groups];
		float[] inverseStd = new float[groups];
		for (int g = 0; g < groups; g++) {
			double m = counts[g] == 0 ? 0 : sum[g] / counts[g];
			double variance = counts[g] == 0 ? 0 : Math.max(0, squares[g] / counts[g] - m * m);
			mean[g] = (float) m;
			inverseStd[g] = variance < 1e-12 ? 1f : (float) (1 / Math.sqrt(variance));
		}
		return new InputStandardization(shape, axis, mean, inverseStd);
	}

	/** A standardised copy of {@code sample}. */
	public float[] apply(float[] sample) {
		float[] out = new float[sample.length];
		for (int i = 0; i < sample.length; i++) {
			int g = group(shape, axis, i);
			out[i] = (sample[i] - mean[g]) * inverseStd[g];
		}
		return out;
	}

	/** The ONNX shape of the statistics, broadcast over [N, C, H, W]. */
	public long[] broadcastShape() {
		return axis == Axis.CHANNEL ? new long[] { 1, shape.channels(), 1, 1 } : new long[] { 1, 1, 1, shape.width() };
	}

	private static int groups(CnnShape shape, Axis axis) {
		return axis == Axis.CHANNEL ? shape.channels() : shape.width();
	}

	private static int group(CnnShape shape, Axis axis, int index) {
		return axis == Axis.CHANNEL ? index / (shape.height() * shape.width()) : index % shape.width();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof InputStandardization o && shape.equals(o.shape) && axis == o.axis
				&& Arrays.equals(mean, o.mean) && Arrays.equals(inverseStd, o.inverseStd);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * shape.hashCode() + axis.hashCode()) + Arrays.hashCode(mean);
	}
}
