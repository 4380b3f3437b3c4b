package dev.modelbench.train.head;

import java.util.Arrays;
import java.util.Objects;

/**
 * One fully connected layer, y = x·W + b, optionally followed by ReLU. W is row-major with shape
 * [inputs, outputs], which is what ONNX {@code Gemm(X, W, b)} takes with transB = 0.
 */
public final class DenseLayer {

	/** What follows the affine part. */
	public enum Activation {
		/** Nothing: the layer's output are logits. */
		NONE,
		/** max(0, y). */
		RELU
	}

	private final int inputs;
	private final int outputs;
	private final float[] weights;
	private final float[] bias;
	private final Activation activation;

	/** A layer from its weights ([inputs, outputs] row-major) and bias ([outputs]); both are copied. */
	public DenseLayer(int inputs, int outputs, float[] weights, float[] bias, Activation activation) {
		if (inputs < 1 || outputs < 1) {
			throw new IllegalArgumentException("Layer shape " + inputs + "x" + outputs); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (weights.length != inputs * outputs || bias.length != outputs) {
			throw new IllegalArgumentException("Weights " + weights.length + " and bias " + bias.length //$NON-NLS-1$ //$NON-NLS-2$
					+ " do not fit " + inputs + "x" + outputs); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.inputs = inputs;
		this.outputs = outputs;
		this.weights = weights.clone();
		this.bias = bias.clone();
		this.activation = Objects.requireNonNull(activation);
	}

	public int inputs() {
		return inputs;
	}

	public int outputs() {
		return outputs;
	}

	public Activation activation() {
		return activation;
	}

	/** A copy of W, row-major, shape {@link #weightShape()}. */
	public float[] weights() {
		return weights.clone();
	}

	/** A copy of b, shape {@link #biasShape()}. */
	public float[] bias() {
		return bias.clone();
	}

	/** {inputs, outputs}. */
	public long[] weightShape() {
		return new long[] { inputs, outputs };
	}

	/** {outputs}. */
	public long[] biasShape() {
		return new long[] { outputs };
	}

	/** This layer applied to one input vector. */
	public float[] apply(float[] input) {
		if (input.length != inputs) {
			throw new IllegalArgumentException("Input of length " + input.length + ", expected " + inputs); //$NON-NLS-1$ //$NON-NLS-2$
		}
		float[] output = new float[outputs];
		forward(weights, bias, inputs, outputs, activation == Activation.RELU, input, output);
		return output;
	}

	/**
	 * The one forward computation that training, evaluation and prediction share, so a saved head
	 * predicts bit for bit what it scored during training.
	 */
	static void forward(float[] weights, float[] bias, int inputs, int outputs, boolean relu, float[] input,
			float[] output) {
		System.arraycopy(bias, 0, output, 0, outputs);
		// Row by row over W: sequential memory access, and a fixed summation order for determinism.
		for (int i = 0; i < inputs; i++) {
			float x = input[i];
			if (x == 0f) {
				continue; // ReLU outputs are often 0: skipping them changes no sum
			}
			int row = i * outputs;
			for (int j = 0; j < outputs; j++) {
				output[j] += x * weights[row + j];
			}
		}
		if (relu) {
			for (int j = 0; j < outputs; j++) {
				output[j] = Math.max(0f, output[j]);
			}
		}
	}

	float[] weightsView() {
		return weights;
	}

	float[] biasView() {
		return bias;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DenseLayer layer && inputs == layer.inputs && outputs == layer.outputs
				&& activation == layer.activation && Arrays.equals(weights, layer.weights)
				&& Arrays.equals(bias, layer.bias);
	}

	@Override
	public int hashCode() {
		return Objects.hash(inputs, outputs, activation, Arrays.hashCode(weights), Arrays.hashCode(bias));
	}
}
