package dev.modelbench.train.cnn;

import java.util.Arrays;

/**
 * The layers of a small CNN: for each block a 3×3 convolution (stride 1, zero padding 1) and a
 * ReLU, with a 2×2 max pool (stride 2) between blocks; then an average pool ({@link Pooling}) and
 * one dense layer to the class logits. Small on purpose: it trains in seconds on a laptop's CPU and
 * runs on a microcontroller.
 *
 * @param channels input channels (3 for RGB, 1 for a spectrogram)
 * @param height   input rows
 * @param width    input columns
 * @param filters  the filters of each block, e.g. {8, 16, 32}
 * @param classes  outputs
 * @param pooling  how the last block's activations become the dense layer's features
 */
public record CnnShape(int channels, int height, int width, int[] filters, int classes, Pooling pooling) {

	/** What the average pool after the last block averages. */
	public enum Pooling {
		/** Every position: one feature per filter, wherever in the input a pattern is. */
		GLOBAL,
		/**
		 * Each column over the rows: one feature per filter and column. For a spectrogram (rows are
		 * time, columns frequency) a sound may come at any time but keeps where its pitch lies, which
		 * is what tells a voice or an instrument from another.
		 */
		ROWS
	}

	/** A shape with the {@linkplain Pooling#GLOBAL global} average pool. */
	public CnnShape(int channels, int height, int width, int[] filters, int classes) {
		this(channels, height, width, filters, classes, Pooling.GLOBAL);
	}

	public CnnShape {
		filters = filters.clone();
		if (channels < 1 || filters.length < 1 || classes < 2 || pooling == null) {
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

	/** Features per filter after the pool: 1, or the last block's columns when it pools {@link Pooling#ROWS}. */
	public int pooledColumns() {
		return pooling == Pooling.GLOBAL ? 1 : widthOf(blocks() - 1);
	}

	/** Features after the pool, filter by filter, and column by column within a filter: the dense layer's inputs. */
	public int features() {
		return filters[filters.length - 1] * pooledColumns();
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

	/** E.g. "3x32x32 -> conv 8, 16 -> 5", or "1x49x40 -> conv 8, 16, 32 -> row mean 320 -> 5". */
	public String describe() {
		StringBuilder text = new StringBuilder().append(channels).append('x').append(height).append('x').append(width)
				.append(" -> conv"); //$NON-NLS-1$
		for (int b = 0; b < filters.length; b++) {
			text.append(b == 0 ? " " : ", ").append(filters[b]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (pooling == Pooling.ROWS) {
			text.append(" -> row mean ").append(features()); //$NON-NLS-1$
		}
		return text.append(" -> ").append(classes).toString(); //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CnnShape o && channels == o.channels && height == o.height && width == o.width
				&& classes == o.classes && pooling == o.pooling && Arrays.equals(filters, o.filters);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * (31 * (31 * channels + height) + width) + classes) + pooling.ordinal())
				+ Arrays.hashCode(filters);
	}

	@Override
	public String toString() {
		return describe();
	}
}
