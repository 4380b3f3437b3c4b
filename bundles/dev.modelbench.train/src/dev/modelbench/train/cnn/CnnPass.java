package dev.modelbench.train.cnn;

import java.util.Arrays;

import dev.modelbench.train.metrics.ClassificationMetrics;

/**
 * One sample's trip through a {@link CnnShape}'s layers and back: the forward pass keeps what the
 * backward pass needs (im2col matrices, pre-activations, pool winners). Convolutions are im2col
 * times the kernel matrix with the long, contiguous inner loops the JIT vectorises. One instance
 * per thread; the parameters are passed in, so many passes share one set. The reference for every
 * other implementation of the same layers (ONNX export, generated C).
 *
 * <p>Parameter arrays, in order: per block its kernels [filters][inChannels][3][3] and biases
 * [filters]; then the dense weights [features][classes] and biases [classes].</p>
 */
public final class CnnPass {

	private final CnnShape shape;
	private final int blocks;
	/** Per block: im2col of its input [inChannels·9][h·w], its pre-activation and activation [filters][h·w]. */
	private final float[][] columns;
	private final float[][] preActivations;
	private final float[][] activations;
	/** Per block but the last: its pooled output and, for each pooled value, the index of the winner. */
	private final float[][] pooled;
	private final int[][] winners;
	private final float[] features;
	/** The last block's positions, the features each filter pools them into, and the values in one feature. */
	private final int lastArea;
	private final int pooledColumns;
	private final int pooledValues;
	private final float[] logits;
	// Backward work arrays, per block.
	private final float[][] activationGradients;
	private final float[][] columnGradients;
	private final float[][] pooledGradients;

	/** A pass with work arrays for {@code shape}. */
	public CnnPass(CnnShape shape) {
		this.shape = shape;
		blocks = shape.blocks();
		columns = new float[blocks][];
		preActivations = new float[blocks][];
		activations = new float[blocks][];
		activationGradients = new float[blocks][];
		columnGradients = new float[blocks][];
		pooled = new float[blocks - 1][];
		winners = new int[blocks - 1][];
		pooledGradients = new float[blocks - 1][];
		for (int b = 0; b < blocks; b++) {
			int area = shape.heightOf(b) * shape.widthOf(b);
			columns[b] = new float[shape.inputChannels(b) * 9 * area];
			preActivations[b] = new float[shape.filters(b) * area];
			activations[b] = new float[shape.filters(b) * area];
			activationGradients[b] = new float[shape.filters(b) * area];
			columnGradients[b] = new float[columns[b].length];
			if (b < blocks - 1) {
				int pooledArea = shape.heightOf(b + 1) * shape.widthOf(b + 1);
				pooled[b] = new float[shape.filters(b) * pooledArea];
				winners[b] = new int[pooled[b].length];
				pooledGradients[b] = new float[pooled[b].length];
			}
		}
		features = new float[shape.features()];
		lastArea = shape.heightOf(blocks - 1) * shape.widthOf(blocks - 1);
		pooledColumns = shape.pooledColumns();
		pooledValues = lastArea / pooledColumns;
		logits = new float[shape.classes()];
	}

	/** The logits of {@code sample}; the pass keeps what {@link #backward} needs. */
	public float[] forward(float[][] parameters, float[] sample) {
		float[] blockInput = sample;
		for (int b = 0; b < blocks; b++) {
			int h = shape.heightOf(b);
			int w = shape.widthOf(b);
			int inChannels = shape.inputChannels(b);
			int filters = shape.filters(b);
			im2col(blockInput, inChannels, h, w, columns[b]);
			multiply(parameters[2 * b], parameters[2 * b + 1], columns[b], filters, inChannels * 9, h * w,
					preActivations[b]);
			float[] pre = preActivations[b];
			float[] act = activations[b];
			for (int i = 0; i < pre.length; i++) {
				act[i] = pre[i] > 0 ? pre[i] : 0;
			}
			if (b < blocks - 1) {
				maxPool(act, filters, h, w, pooled[b], winners[b]);
				blockInput = pooled[b];
			}
		}
		averagePool(activations[blocks - 1]);
		float[] weights = parameters[2 * blocks];
		float[] bias = parameters[2 * blocks + 1];
		int classes = shape.classes();
		System.arraycopy(bias, 0, logits, 0, classes);
		for (int i = 0; i < features.length; i++) {
			float x = features[i];
			int row = i * classes;
			for (int c = 0; c < classes; c++) {
				logits[c] += x * weights[row + c];
			}
		}
		return logits;
	}

	/** The features of the last block's activations {@code act}: each the mean of the values it pools. */
	private void averagePool(float[] act) {
		Arrays.fill(features, 0);
		for (int i = 0; i < act.length; i++) {
			features[feature(i)] += act[i];
		}
		for (int f = 0; f < features.length; f++) {
			features[f] /= pooledValues;
		}
	}

	/** The feature that the last block's activation {@code i} ([filters][h·w]) is pooled into. */
	private int feature(int i) {
		int filter = i / lastArea;
		return pooledColumns == 1 ? filter : filter * pooledColumns + i % pooledColumns;
	}

	/**
	 * The activations (after the ReLU, before pooling) of block {@code b} in the last forward pass,
	 * [filters][h·w]; read-only, for calibrating quantised versions of the layers.
	 */
	public float[] activation(int b) {
		return activations[b];
	}

	/**
	 * Adds the cross-entropy gradient of the last forward pass (for the true class {@code label})
	 * to {@code gradients}, shaped as the parameters.
	 */
	public void backward(float[][] parameters, int label, float[][] gradients) {
		double[] probabilities = ClassificationMetrics.softmax(logits);
		int classes = shape.classes();
		float[] dLogits = new float[classes];
		for (int c = 0; c < classes; c++) {
			dLogits[c] = (float) (probabilities[c] - (c == label ? 1 : 0));
		}
		float[] denseWeights = parameters[2 * blocks];
		float[] dDense = gradients[2 * blocks];
		float[] dDenseBias = gradients[2 * blocks + 1];
		float[] dFeatures = new float[features.length];
		for (int i = 0; i < features.length; i++) {
			int row = i * classes;
			float sum = 0;
			for (int c = 0; c < classes; c++) {
				dDense[row + c] += features[i] * dLogits[c];
				sum += denseWeights[row + c] * dLogits[c];
			}
			dFeatures[i] = sum;
		}
		for (int c = 0; c < classes; c++) {
			dDenseBias[c] += dLogits[c];
		}
		int last = blocks - 1;
		float[] dAct = activationGradients[last];
		for (int i = 0; i < dAct.length; i++) {
			dAct[i] = dFeatures[feature(i)] / pooledValues;
		}
		for (int b = last; b >= 0; b--) {
			int h = shape.heightOf(b);
			int w = shape.widthOf(b);
			int area = h * w;
			int inChannels = shape.inputChannels(b);
			int filters = shape.filters(b);
			float[] dPre = activationGradients[b];
			float[] pre = preActivations[b];
			for (int i = 0; i < dPre.length; i++) {
				if (pre[i] <= 0) {
					dPre[i] = 0; // through the ReLU
				}
			}
			int depth = inChannels * 9;
			float[] kernels = parameters[2 * b];
			float[] dKernels = gradients[2 * b];
			float[] dBias = gradients[2 * b + 1];
			float[] column = columns[b];
			for (int f = 0; f < filters; f++) {
				int out = f * area;
				float sum = 0;
				for (int i = 0; i < area; i++) {
					sum += dPre[out + i];
				}
				dBias[f] += sum;
				for (int k = 0; k < depth; k++) {
					int in = k * area;
					float dot = 0;
					for (int i = 0; i < area; i++) {
						dot += dPre[out + i] * column[in + i];
					}
					dKernels[f * depth + k] += dot;
				}
			}
			if (b == 0) {
				break; // the input needs no gradient
			}
			float[] dColumn = columnGradients[b];
			Arrays.fill(dColumn, 0f);
			for (int f = 0; f < filters; f++) {
				int out = f * area;
				for (int k = 0; k < depth; k++) {
					float weight = kernels[f * depth + k];
					int in = k * area;
					for (int i = 0; i < area; i++) {
						dColumn[in + i] += weight * dPre[out + i];
					}
				}
			}
			// The block's input is the previous block's pooled output: scatter back to its winners.
			float[] dPooled = pooledGradients[b - 1];
			col2im(dColumn, inChannels, h, w, dPooled);
			float[] dPrevious = activationGradients[b - 1];
			Arrays.fill(dPrevious, 0f);
			int[] winner = winners[b - 1];
			for (int i = 0; i < dPooled.length; i++) {
				dPrevious[winner[i]] += dPooled[i];
			}
		}
	}

	/** out[f][i] = bias[f] + Σ_k kernels[f][k] · columns[k][i]. */
	private static void multiply(float[] kernels, float[] bias, float[] columns, int filters, int depth, int area,
			float[] out) {
		for (int f = 0; f < filters; f++) {
			int row = f * area;
			Arrays.fill(out, row, row + area, bias[f]);
			for (int k = 0; k < depth; k++) {
				float weight = kernels[f * depth + k];
				if (weight == 0f) {
					continue;
				}
				int in = k * area;
				for (int i = 0; i < area; i++) {
					out[row + i] += weight * columns[in + i];
				}
			}
		}
	}

	/** Row (c, ky, kx) of the result holds the input shifted by (ky-1, kx-1), zero outside. */
	static void im2col(float[] input, int channels, int h, int w, float[] columns) {
		int area = h * w;
		for (int c = 0; c < channels; c++) {
			for (int ky = 0; ky < 3; ky++) {
				for (int kx = 0; kx < 3; kx++) {
					int row = ((c * 3 + ky) * 3 + kx) * area;
					int dy = ky - 1;
					int dx = kx - 1;
					for (int y = 0; y < h; y++) {
						int out = row + y * w;
						int sy = y + dy;
						if (sy < 0 || sy >= h) {
							Arrays.fill(columns, out, out + w, 0f);
							continue;
						}
						int in = c * area + sy * w;
						for (int x = 0; x < w; x++) {
							int sx = x + dx;
							columns[out + x] = sx < 0 || sx >= w ? 0f : input[in + sx];
						}
					}
				}
			}
		}
	}

	/** The transpose of {@link #im2col}: sums each column entry back onto the input value it came from. */
	private static void col2im(float[] columns, int channels, int h, int w, float[] input) {
		int area = h * w;
		Arrays.fill(input, 0f);
		for (int c = 0; c < channels; c++) {
			for (int ky = 0; ky < 3; ky++) {
				for (int kx = 0; kx < 3; kx++) {
					int row = ((c * 3 + ky) * 3 + kx) * area;
					int dy = ky - 1;
					int dx = kx - 1;
					int x0 = Math.max(0, -dx);
					int x1 = Math.min(w, w - dx);
					for (int y = 0; y < h; y++) {
						int sy = y + dy;
						if (sy < 0 || sy >= h) {
							continue;
						}
						int out = row + y * w;
						int in = c * area + sy * w + dx;
						for (int x = x0; x < x1; x++) {
							input[in + x] += columns[out + x];
						}
					}
				}
			}
		}
	}

	/** 2×2 max pool, stride 2 (an odd last row or column is dropped); remembers each winner's index. */
	static void maxPool(float[] input, int channels, int h, int w, float[] out, int[] winners) {
		int ph = h / 2;
		int pw = w / 2;
		for (int c = 0; c < channels; c++) {
			for (int y = 0; y < ph; y++) {
				for (int x = 0; x < pw; x++) {
					int first = c * h * w + 2 * y * w + 2 * x;
					int best = first;
					if (input[first + 1] > input[best]) {
						best = first + 1;
					}
					if (input[first + w] > input[best]) {
						best = first + w;
					}
					if (input[first + w + 1] > input[best]) {
						best = first + w + 1;
					}
					int at = (c * ph + y) * pw + x;
					out[at] = input[best];
					winners[at] = best;
				}
			}
		}
	}

	/** Fresh gradient arrays shaped as the parameters of {@code shape}. */
	public static float[][] zeros(CnnShape shape) {
		float[][] arrays = new float[2 * shape.blocks() + 2][];
		for (int b = 0; b < shape.blocks(); b++) {
			arrays[2 * b] = new float[shape.filters(b) * shape.inputChannels(b) * 9];
			arrays[2 * b + 1] = new float[shape.filters(b)];
		}
		arrays[2 * shape.blocks()] = new float[shape.features() * shape.classes()];
		arrays[2 * shape.blocks() + 1] = new float[shape.classes()];
		return arrays;
	}
}
