package dev.modelbench.train.tests.benchmark;

import java.util.SplittableRandom;

import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.optimizer.ParameterUpdate;

/**
 * The network of Edge Impulse's default audio recipe ("1D Convolutional"), layer for layer as its
 * Keras code: the MFCCs reshaped to 50 steps × 13 channels, Conv1D 8 (kernel 3, same padding, ReLU),
 * MaxPool1D 2 (stride 2, same), Dropout 0.25, Conv1D 16 (same), MaxPool1D 2, Dropout 0.25, Flatten,
 * Dense softmax; Glorot-uniform weights, zero biases; Adam 0.005, batch 32, 100 epochs, the last
 * epoch kept (no validation-based choice).
 */
final class EdgeImpulseConv1d {

	static final int EPOCHS = 100;
	static final int BATCH = 32;
	static final double LEARNING_RATE = 0.005;
	private static final double DROPOUT = 0.25;

	private static final int STEPS = EdgeImpulseMfcc.FRAMES;
	private static final int CHANNELS = EdgeImpulseMfcc.COEFFICIENTS;
	private static final int[] FILTERS = { 8, 16 };
	/** Steps into each conv layer: 50, then 25 (pooled), then 13 after the second pool. */
	private static final int[] LENGTHS = { STEPS, (STEPS + 1) / 2, ((STEPS + 1) / 2 + 1) / 2 };
	private static final int FLAT = LENGTHS[2] * FILTERS[1];

	private final int classes;
	/** conv1 kernels [8][13][3], biases; conv2 [16][8][3], biases; dense [208][classes], biases. */
	private final float[][] parameters;

	private EdgeImpulseConv1d(int classes, SplittableRandom random) {
		this.classes = classes;
		parameters = new float[][] { new float[FILTERS[0] * CHANNELS * 3], new float[FILTERS[0]],
				new float[FILTERS[1] * FILTERS[0] * 3], new float[FILTERS[1]], new float[FLAT * classes],
				new float[classes] };
		glorot(parameters[0], 3 * CHANNELS, 3 * FILTERS[0], random);
		glorot(parameters[2], 3 * FILTERS[0], 3 * FILTERS[1], random);
		glorot(parameters[4], FLAT, classes, random);
	}

	private static void glorot(float[] weights, int fanIn, int fanOut, SplittableRandom random) {
		double limit = Math.sqrt(6.0 / (fanIn + fanOut));
		for (int i = 0; i < weights.length; i++) {
			weights[i] = (float) ((2 * random.nextDouble() - 1) * limit);
		}
	}

	/** Trains on MFCC features (each {@link EdgeImpulseMfcc#SIZE} long) with the recipe's settings. */
	static EdgeImpulseConv1d train(float[][] features, int[] labels, int classes, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		EdgeImpulseConv1d network = new EdgeImpulseConv1d(classes, random);
		ParameterUpdate adam = ParameterUpdate.of(
				new OptimizerChoice("adam", OptimizerChoice.Kind.ADAM, LEARNING_RATE, "Edge Impulse's recipe"),
				LEARNING_RATE);
		int[] order = new int[features.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Pass pass = network.new Pass();
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			for (int from = 0; from < order.length; from += BATCH) {
				int to = Math.min(order.length, from + BATCH);
				float[][] gradients = zerosLike(network.parameters);
				for (int i = from; i < to; i++) {
					pass.forward(features[order[i]], random);
					pass.backward(labels[order[i]], gradients);
				}
				for (float[] gradient : gradients) {
					for (int k = 0; k < gradient.length; k++) {
						gradient[k] /= to - from;
					}
				}
				adam.step(network.parameters, gradients);
			}
		}
		return network;
	}

	/** The most probable class of one sample's MFCC features. */
	int predict(float[] features) {
		float[] logits = logits(features);
		int best = 0;
		for (int c = 1; c < classes; c++) {
			best = logits[c] > logits[best] ? c : best;
		}
		return best;
	}

	/** The logits of one sample's MFCC features. */
	float[] logits(float[] features) {
		return new Pass().forward(features, null);
	}

	private static float[][] zerosLike(float[][] arrays) {
		float[][] zeros = new float[arrays.length][];
		for (int p = 0; p < arrays.length; p++) {
			zeros[p] = new float[arrays[p].length];
		}
		return zeros;
	}

	/** One sample forward and back; activations are [step][channel], as Keras lays them out. */
	private final class Pass {

		private final float[][] inputs = new float[2][];
		private final float[][] preActivations = { new float[LENGTHS[0] * FILTERS[0]], new float[LENGTHS[1] * FILTERS[1]] };
		private final float[][] pooled = { new float[LENGTHS[1] * FILTERS[0]], new float[LENGTHS[2] * FILTERS[1]] };
		private final int[][] winners = { new int[pooled[0].length], new int[pooled[1].length] };
		/** Dropout's scale per pooled value: 0 for dropped, 1 / 0.75 for kept, 1 when predicting. */
		private final float[][] masks = { new float[pooled[0].length], new float[pooled[1].length] };
		private final float[] logits = new float[classes];

		/** @param random dropout's generator while training, null to predict */
		float[] forward(float[] sample, SplittableRandom random) {
			float[] input = sample;
			for (int layer = 0; layer < 2; layer++) {
				inputs[layer] = input;
				int in = layer == 0 ? CHANNELS : FILTERS[0];
				convolve(input, LENGTHS[layer], in, FILTERS[layer], parameters[2 * layer], parameters[2 * layer + 1],
						preActivations[layer]);
				pool(preActivations[layer], LENGTHS[layer], FILTERS[layer], pooled[layer], winners[layer]);
				float[] mask = masks[layer];
				for (int i = 0; i < mask.length; i++) {
					mask[i] = random == null ? 1f : random.nextDouble() < DROPOUT ? 0f : (float) (1 / (1 - DROPOUT));
					pooled[layer][i] *= mask[i];
				}
				input = pooled[layer];
			}
			float[] dense = parameters[4];
			System.arraycopy(parameters[5], 0, logits, 0, classes);
			for (int i = 0; i < FLAT; i++) {
				float x = input[i];
				for (int c = 0; c < classes; c++) {
					logits[c] += x * dense[i * classes + c];
				}
			}
			return logits;
		}

		/** Adds the cross-entropy gradient of the last forward pass to {@code gradients}. */
		void backward(int label, float[][] gradients) {
			double max = Double.NEGATIVE_INFINITY;
			for (float logit : logits) {
				max = Math.max(max, logit);
			}
			double sum = 0;
			double[] probabilities = new double[classes];
			for (int c = 0; c < classes; c++) {
				probabilities[c] = Math.exp(logits[c] - max);
				sum += probabilities[c];
			}
			float[] dLogits = new float[classes];
			for (int c = 0; c < classes; c++) {
				dLogits[c] = (float) (probabilities[c] / sum - (c == label ? 1 : 0));
				gradients[5][c] += dLogits[c];
			}
			float[] flat = pooled[1];
			float[] dFlat = new float[FLAT];
			for (int i = 0; i < FLAT; i++) {
				for (int c = 0; c < classes; c++) {
					gradients[4][i * classes + c] += flat[i] * dLogits[c];
					dFlat[i] += parameters[4][i * classes + c] * dLogits[c];
				}
			}
			float[] dPooled = dFlat;
			for (int layer = 1; layer >= 0; layer--) {
				int length = LENGTHS[layer];
				int filters = FILTERS[layer];
				int in = layer == 0 ? CHANNELS : FILTERS[0];
				float[] dPre = new float[length * filters];
				for (int i = 0; i < dPooled.length; i++) {
					int at = winners[layer][i];
					if (preActivations[layer][at] > 0) { // through the mask, the pool and the ReLU
						dPre[at] += dPooled[i] * masks[layer][i];
					}
				}
				float[] input = inputs[layer];
				float[] kernels = parameters[2 * layer];
				float[] dKernels = gradients[2 * layer];
				float[] dBias = gradients[2 * layer + 1];
				float[] dInput = layer == 0 ? null : new float[length * in];
				for (int t = 0; t < length; t++) {
					for (int f = 0; f < filters; f++) {
						float g = dPre[t * filters + f];
						if (g == 0f) {
							continue;
						}
						dBias[f] += g;
						for (int k = 0; k < 3; k++) {
							int s = t + k - 1;
							if (s < 0 || s >= length) {
								continue;
							}
							for (int c = 0; c < in; c++) {
								int w = (f * in + c) * 3 + k;
								dKernels[w] += g * input[s * in + c];
								if (dInput != null) {
									dInput[s * in + c] += g * kernels[w];
								}
							}
						}
					}
				}
				dPooled = dInput;
			}
		}
	}

	/** Same-padded convolution with kernel 3 and the ReLU left to the pool (max then ReLU is the same). */
	private static void convolve(float[] input, int length, int in, int filters, float[] kernels, float[] bias,
			float[] out) {
		for (int t = 0; t < length; t++) {
			for (int f = 0; f < filters; f++) {
				float sum = bias[f];
				for (int k = 0; k < 3; k++) {
					int s = t + k - 1;
					if (s < 0 || s >= length) {
						continue;
					}
					for (int c = 0; c < in; c++) {
						sum += kernels[(f * in + c) * 3 + k] * input[s * in + c];
					}
				}
				out[t * filters + f] = sum;
			}
		}
	}

	/** Max over pairs of steps, ReLU after; an odd last step stands alone (Keras' same padding). */
	private static void pool(float[] pre, int length, int filters, float[] out, int[] winners) {
		int pooledLength = (length + 1) / 2;
		for (int t = 0; t < pooledLength; t++) {
			for (int f = 0; f < filters; f++) {
				int best = 2 * t * filters + f;
				int next = best + filters;
				if (2 * t + 1 < length && pre[next] > pre[best]) {
					best = next;
				}
				out[t * filters + f] = Math.max(0f, pre[best]);
				winners[t * filters + f] = best;
			}
		}
	}
}
