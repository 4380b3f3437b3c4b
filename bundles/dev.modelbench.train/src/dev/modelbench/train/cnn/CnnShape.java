package dev.modelbench.train.cnn;

import java.util.Arrays;

/**
 * The layers of a small CNN: for each block a 3×3 convolution (stride 1, zero padding 1) and a
 * ReLU, with a 2×2 max pool (stride 2) between blocks; then a global average pool and one dense
 * layer to the class logits. Small on purpose: it trains in seconds on a laptop's CPU and runs
 * on a microcontroller.
 *
 * @param channels input channels (3 for RGB, 1 for a spectrogram)
 * @param height   input rows
 * @param width    input columns
 * @param filters  the filters of each block, e.g. {8, 16, 32}
 * @param classes  outputs
 */
public record CnnShape(int channels, int height, int width, int[] filters, int classes) {

	public CnnShape {
		filters = filters.clone();
		if (channels < 1 || filters.length < 1 || classes < 2) {
			throw new IllegalArgumentException("CNN shape " + channels + " " + Arrays.toString(filters) + " " + classes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		int h = height;
		int w = width;
		for (int b = 1; b < filters.length; b++) {
			h /= 2;
			w /= 2;
		}
		if (h < 1 || w < 1) {
			throw new IllegalArgumentException(height + "x" + width + " is too small for " + filters.length + " blocks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** The number of convolution blocks. */
	public int blocks() {
		return filters.length;
	}

	/** Input channels of block {@code b}. */
	public int inputChannels(int b) {
		return b == 0 ? channels : filters[b - 1];
	}

	/** Rows of the input of block {@code b} (each pool halves them, rounding down). */
	public int heightOf(int b) {
		return height >> b;
	}

	/** Columns of the input of block {@code b}. */
	public int widthOf(int b) {
		return width >> b;
	}

	/** Values of one input. */
	public int inputSize() {
		return channels * height * width;
	}

	/** Features after the global average pool: the last block's filters. */
	public int features() {
		return filters[filters.length - 1];
	}

	/** The filters of block {@code b}. */
	public int filters(int b) {
		return filters[b];
	}

	/** Multiply-accumulates of one forward pass, for reports and size estimates. */
	public long multiplyAccumulates() {
		long total = 0;
		for (int b = 0; b < blocks(); b++) {
			total += (long) heightOf(b) * widthOf(b) * filters[b] * inputChannels(b) * 9;
		}
		return total + (long) features() * classes;
	}

	/** Weights and biases. */
	public int parameterCount() {
		int total = 0;
		for (int b = 0; b < blocks(); b++) {
			total += filters[b] * inputChannels(b) * 9 + filters[b];
		}
		return total + features() * classes + classes;
	}

	/** E.g. "1x49x40 -> conv 8, 16, 32 -> 5". */
	public String describe() {
		StringBuilder text = new StringBuilder().append(channels).append('x').append(height).append('x').append(width)
				.append(" -> conv"); //$NON-NLS-1$
		for (int b = 0; b < filters.length; b++) {
			text.append(b == 0 ? " " : ", ").append(filters[b]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.append(" -> ").append(classes).toString(); //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CnnShape o && channels == o.channels && height == o.height && width == o.width
				&& classes == o.classes && Arrays.equals(filters, o.filters);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * (31 * channels + height) + width) + classes) + Arrays.hashCode(filters);
	}

	@Override
	public String toString() {
		return describe();
	}
}
