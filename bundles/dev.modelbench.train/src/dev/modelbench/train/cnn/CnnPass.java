package dev.modelbench.train.cnn;

import java.util.Arrays;

import dev.modelbench.train.metrics.ClassificationMetrics;

/**
 * One sample's trip through a {@link CnnShape}'s layers and back: the forward pass keeps what the
 * backward pass needs (im2col matrices, pre-activations, pool winners). Convolutions are im2col
 * times the kernel matrix. The matrices they read and write are arrays of rows, each its own array
 * indexed from 0: the JIT vectorises a loop that writes one array while reading others only where
 * every access has the same index, since two arrays might be one (rows at offsets of one flat array
 * ran five times slower). One instance per thread; the parameters are passed in, so many passes share
 * one set. The reference for every other implementation of the same layers (ONNX export, generated C).
 *
 * <p>Parameter arrays, in order: per block its kernels [filters][inChannels][3][3] and biases
 * [filters]; then the dense weights [features][classes] and biases [classes].</p>
 */
public final class CnnPass {

	private final CnnShape shape;
	private final int blocks;
	/** Per block: im2col of its input [inChannels·9][h·w] and its pre-activation [filters][h·w], as rows. */
	private final float[][][] columns;
	private final float[][][] preActivations;
	/** Per block: its activation, [filters][h·w] in one array. */
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
	// Backward work arrays, per block: the gradients of the activations and the columns as rows.
	private final float[][][] activationGradients;
	private final float[][][] columnGradients;
	private final float[][] pooledGradients;

	/** A pass with work arrays for {@code shape}. */
	public CnnPass(CnnShape shape) {
		this.shape = shape;
		blocks = shape.blocks();
		columns = new float[blocks][][];
		preActivations = new float[blocks][][];
		activations = new float[blocks][];
		activationGradients = new float[blocks][][];
		columnGradients = new float[blocks][][];
		pooled = new float[blocks - 1][];
		winners = new int[blocks - 1][];
		pooledGradients = new float[blocks - 1][];
		for (int b = 0; b < blocks; b++) {
			int area = shape.heightOf(b) * shape.widthOf(b);
			columns[b] = new float[shape.inputChannels(b) * 9][area];
			preActivations[b] = new float[shape.filters(b)][area];
			activations[b] = new float[shape.filters(b) * area];
			activationGradients[b] = new float[shape.filters(b)][area];
			columnGradients[b] = new float[columns[b].length][area];
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
			multiply(parameters[2 * b], parameters[2 * b + 1], columns[b], filters, inChannels * 9, preActivations[b]);
			float[] act = activations[b];
			for (int f = 0; f < filters; f++) {
				float[] pre = preActivations[b][f];
				int out = f * h * w;
				for (int i = 0; i < pre.length; i++) {
					act[out + i] = Math.max(pre[i], 0f); // a branch here is mispredicted half the time
				}
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
		float[][] dAct = activationGradients[last];
		for (int f = 0; f < dAct.length; f++) {
			for (int i = 0; i < lastArea; i++) {
				dAct[f][i] = dFeatures[feature(f * lastArea + i)] / pooledValues;
			}
		}
		for (int b = last; b >= 0; b--) {
			int h = shape.heightOf(b);
			int w = shape.widthOf(b);
			int area = h * w;
			int inChannels = shape.inputChannels(b);
			int filters = shape.filters(b);
			float[][] dPre = activationGradients[b];
			float[] dBias = gradients[2 * b + 1];
			for (int f = 0; f < filters; f++) {
				float[] dRow = dPre[f];
				float[] pre = preActivations[b][f];
				float sum = 0;
				for (int i = 0; i < area; i++) {
					if (pre[i] <= 0) {
						dRow[i] = 0; // through the ReLU
					}
					sum += dRow[i];
				}
				dBias[f] += sum;
			}
			int depth = inChannels * 9;
			addKernelGradients(dPre, columns[b], filters, depth, gradients[2 * b]);
			if (b == 0) {
				break; // the input needs no gradient
			}
			float[][] dColumns = columnGradients[b];
			multiplyTransposed(parameters[2 * b], dPre, filters, depth, dColumns);
			// The block's input is the previous block's pooled output: scatter back to its winners.
			float[] dPooled = pooledGradients[b - 1];
			col2im(dColumns, inChannels, h, w, dPooled);
			float[][] dPrevious = activationGradients[b - 1];
			for (float[] row : dPrevious) {
				Arrays.fill(row, 0f);
			}
			int previousArea = dPrevious[0].length;
			int[] winner = winners[b - 1];
			for (int i = 0; i < dPooled.length; i++) {
				dPrevious[winner[i] / previousArea][winner[i] % previousArea] += dPooled[i];
			}
		}
	}

	/*
	 * The three products below are nearly all of a pass's multiply-adds. Each works on four rows at
	 * once, so that every value loaded or stored serves four of them, yet adds in the same order as
	 * one row at a time would: a seed trains the same model, to the bit, as the plain loops did.
	 */

	/** out[f][i] = bias[f] + Σ_k kernels[f][k] · columns[k][i], the sum taken in the order of k. */
	private static void multiply(float[] kernels, float[] bias, float[][] columns, int filters, int depth,
			float[][] out) {
		for (int f = 0; f < filters; f++) {
			float[] row = out[f];
			int at = f * depth;
			Arrays.fill(row, bias[f]);
			int k = 0;
			for (; k + 4 <= depth; k += 4) {
				addFour(row, kernels[at + k], columns[k], kernels[at + k + 1], columns[k + 1], kernels[at + k + 2],
						columns[k + 2], kernels[at + k + 3], columns[k + 3]);
			}
			for (; k < depth; k++) {
				add(row, kernels[at + k], columns[k]);
			}
		}
	}

	/** dColumns[k][i] = Σ_f kernels[f][k] · dOut[f][i], the sum taken in the order of f. */
	private static void multiplyTransposed(float[] kernels, float[][] dOut, int filters, int depth,
			float[][] dColumns) {
		for (float[] row : dColumns) {
			Arrays.fill(row, 0f);
		}
		int f = 0;
		for (; f + 4 <= filters; f += 4) {
			for (int k = 0; k < depth; k++) {
				addFour(dColumns[k], kernels[f * depth + k], dOut[f], kernels[(f + 1) * depth + k], dOut[f + 1],
						kernels[(f + 2) * depth + k], dOut[f + 2], kernels[(f + 3) * depth + k], dOut[f + 3]);
			}
		}
		for (; f < filters; f++) {
			for (int k = 0; k < depth; k++) {
				add(dColumns[k], kernels[f * depth + k], dOut[f]);
			}
		}
	}

	/** row[i] += w0·r0[i], then w1·r1[i], w2·r2[i] and w3·r3[i], one after the other. */
	private static void addFour(float[] row, float w0, float[] r0, float w1, float[] r1, float w2, float[] r2,
			float w3, float[] r3) {
		for (int i = 0; i < row.length; i++) {
			row[i] = row[i] + w0 * r0[i] + w1 * r1[i] + w2 * r2[i] + w3 * r3[i];
		}
	}

	/** row[i] += w·r[i]. */
	private static void add(float[] row, float w, float[] r) {
		for (int i = 0; i < row.length; i++) {
			row[i] += w * r[i];
		}
	}

	/**
	 * dKernels[f][k] += Σ_i dOut[f][i] · columns[k][i]: four sums at a time, each in the order of i,
	 * which the processor works on side by side where one sum would wait on its own last addition.
	 */
	private static void addKernelGradients(float[][] dOut, float[][] columns, int filters, int depth,
			float[] dKernels) {
		for (int f = 0; f < filters; f++) {
			float[] d = dOut[f];
			int at = f * depth;
			int k = 0;
			for (; k + 4 <= depth; k += 4) {
				float[] c0 = columns[k];
				float[] c1 = columns[k + 1];
				float[] c2 = columns[k + 2];
				float[] c3 = columns[k + 3];
				float dot0 = 0;
				float dot1 = 0;
				float dot2 = 0;
				float dot3 = 0;
				for (int i = 0; i < d.length; i++) {
					float gradient = d[i];
					dot0 += gradient * c0[i];
					dot1 += gradient * c1[i];
					dot2 += gradient * c2[i];
					dot3 += gradient * c3[i];
				}
				dKernels[at + k] += dot0;
				dKernels[at + k + 1] += dot1;
				dKernels[at + k + 2] += dot2;
				dKernels[at + k + 3] += dot3;
			}
			for (; k < depth; k++) {
				float[] c = columns[k];
				float dot = 0;
				for (int i = 0; i < d.length; i++) {
					dot += d[i] * c[i];
				}
				dKernels[at + k] += dot;
			}
		}
	}

	/** Row (c, ky, kx) of the result holds the input shifted by (ky-1, kx-1), zero outside. */
	static void im2col(float[] input, int channels, int h, int w, float[][] columns) {
		int area = h * w;
		for (int c = 0; c < channels; c++) {
			for (int ky = 0; ky < 3; ky++) {
				for (int kx = 0; kx < 3; kx++) {
					float[] row = columns[(c * 3 + ky) * 3 + kx];
					int dy = ky - 1;
					int dx = kx - 1;
					// Columns x0..x1 come from the input; the one at the edge a shift leaves is zero.
					int x0 = Math.max(0, -dx);
					int x1 = Math.min(w, w - dx);
					for (int y = 0; y < h; y++) {
						int out = y * w;
						int sy = y + dy;
						if (sy < 0 || sy >= h) {
							Arrays.fill(row, out, out + w, 0f);
							continue;
						}
						Arrays.fill(row, out, out + x0, 0f);
						System.arraycopy(input, c * area + sy * w + x0 + dx, row, out + x0, x1 - x0);
						Arrays.fill(row, out + x1, out + w, 0f);
					}
				}
			}
		}
	}

	/** The transpose of {@link #im2col}: sums each column entry back onto the input value it came from. */
	private static void col2im(float[][] columns, int channels, int h, int w, float[] input) {
		int area = h * w;
		Arrays.fill(input, 0f);
		for (int c = 0; c < channels; c++) {
			for (int ky = 0; ky < 3; ky++) {
				for (int kx = 0; kx < 3; kx++) {
					float[] row = columns[(c * 3 + ky) * 3 + kx];
					int dy = ky - 1;
					int dx = kx - 1;
					int x0 = Math.max(0, -dx);
					int x1 = Math.min(w, w - dx);
					for (int y = 0; y < h; y++) {
						int sy = y + dy;
						if (sy < 0 || sy >= h) {
							continue;
						}
						int out = y * w;
						int in = c * area + sy * w + dx;
						for (int x = x0; x < x1; x++) {
							input[in + x] += row[out + x];
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
