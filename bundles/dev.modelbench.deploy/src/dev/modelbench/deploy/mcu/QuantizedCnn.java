package dev.modelbench.deploy.mcu;

import java.util.List;
import java.util.SplittableRandom;

import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnPass;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.cnn.InputStandardization;

/**
 * A {@link CnnClassifier} in integers, as the generated C runs it: weights int8, symmetric, one
 * scale per output channel; activations int16, one scale per block from calibration; int32
 * accumulators with the biases in their units; fixed-point requantisation. The logits come out
 * as int32 on one shared scale, so the top class is an integer comparison.
 *
 * <p>Why int16 activations: with int8 ones, rounding the input and each block's output moves the
 * probabilities by up to 0.2 and flips samples whose two best classes are close (measured on the
 * deploy tests' sound CNN: 113 of 120 test samples kept their class; with int16 all 120, and 0.003
 * at most). The cost is RAM only (the activation buffers double), not time: the multiply-accumulate
 * is the same instruction, and the Cortex-M4's SMLAD works on 16-bit pairs anyway. Fixed-point
 * rather than float requantisation for the reason {@link FixedPointMultiplier} gives.</p>
 */
public final class QuantizedCnn {

	/** The largest int16 activation. */
	static final int ACTIVATION_MAX = 32767;
	static final int WEIGHT_MAX = 127;
	/** Calibrated ranges are doubled: a louder sound or brighter image than any seen still fits. */
	static final double HEADROOM = 2;
	/** The largest calibrated logit maps to 2^20 units: fine steps, far from int32's end. */
	static final double LOGIT_UNITS = 1 << 20;
	/** Standard-normal inputs drawn when no calibration samples are given. */
	static final int SYNTHETIC_CALIBRATION = 32;
	/**
	 * The headroom then: real inputs reach further than normal ones (a spectrogram's loud bands lie
	 * 5σ out and more); int16 has bits to spare for it.
	 */
	static final double UNCALIBRATED_HEADROOM = 8;

	/** One block: kernels [filters][in][3][3], biases in accumulator units, the requantisation per filter. */
	public record Block(byte[] kernels, int[] biases, FixedPointMultiplier[] requantization) {
	}

	private final CnnClassifier cnn;
	private final float[] inputFactors;
	private final Block[] blocks;
	private final byte[] denseWeights;
	private final int[] denseBiases;
	private final FixedPointMultiplier[] denseRequantization;
	private final double logitScale;

	private QuantizedCnn(CnnClassifier cnn, float[] inputFactors, Block[] blocks, byte[] denseWeights,
			int[] denseBiases, FixedPointMultiplier[] denseRequantization, double logitScale) {
		this.cnn = cnn;
		this.inputFactors = inputFactors;
		this.blocks = blocks;
		this.denseWeights = denseWeights;
		this.denseBiases = denseBiases;
		this.denseRequantization = denseRequantization;
		this.logitScale = logitScale;
	}

	/**
	 * Quantises {@code cnn} with activation ranges measured on {@code calibration} (raw inputs as
	 * the model takes them, e.g. its training samples); with none, on standard-normal inputs.
	 *
	 * @throws IllegalArgumentException when a layer is so wide that an int32 accumulator could overflow
	 */
	public static QuantizedCnn of(CnnClassifier cnn, List<float[]> calibration) {
		CnnShape shape = cnn.shape();
		InputStandardization standardization = cnn.standardization();
		float[][] parameters = new float[cnn.parameterArrays()][];
		for (int p = 0; p < parameters.length; p++) {
			parameters[p] = cnn.parameter(p);
		}
		CnnPass pass = new CnnPass(shape);
		double inputMax = 0;
		double[] activationMax = new double[shape.blocks()];
		double logitMax = 0;
		for (float[] standardized : standardizedCalibration(cnn, calibration)) {
			for (float v : standardized) {
				inputMax = Math.max(inputMax, Math.abs(v));
			}
			float[] logits = pass.forward(parameters, standardized);
			for (int b = 0; b < shape.blocks(); b++) {
				for (float v : pass.activation(b)) {
					activationMax[b] = Math.max(activationMax[b], v);
				}
			}
			for (float v : logits) {
				logitMax = Math.max(logitMax, Math.abs(v));
			}
		}
		double headroom = calibration.isEmpty() ? UNCALIBRATED_HEADROOM : HEADROOM;
		double inputScale = scale(inputMax, ACTIVATION_MAX, headroom);
		float[] inputFactors = standardization.inverseStd().clone();
		for (int g = 0; g < inputFactors.length; g++) {
			inputFactors[g] = (float) (inputFactors[g] / inputScale);
		}
		Block[] blocks = new Block[shape.blocks()];
		double inScale = inputScale;
		for (int b = 0; b < blocks.length; b++) {
			double outScale = scale(activationMax[b], ACTIVATION_MAX, headroom);
			int filters = shape.filters(b);
			int depth = shape.inputChannels(b) * 9;
			Channels channels = quantize(parameters[2 * b], parameters[2 * b + 1], filters, depth, 1, inScale, outScale);
			blocks[b] = new Block(channels.weights, channels.biases, channels.requantization);
			inScale = outScale;
		}
		double logitScale = scale(logitMax, LOGIT_UNITS, headroom);
		Channels dense = quantize(parameters[2 * blocks.length], parameters[2 * blocks.length + 1], shape.classes(),
				shape.features(), shape.classes(), inScale, logitScale);
		return new QuantizedCnn(cnn, inputFactors, blocks, dense.weights, dense.biases, dense.requantization,
				logitScale);
	}

	private record Channels(byte[] weights, int[] biases, FixedPointMultiplier[] requantization) {
	}

	/**
	 * Quantises the weights of {@code outputs} channels, each {@code depth} inputs deep; weight (o, k)
	 * is at {@code o·depth + k} when {@code stride} is 1 (kernels), at {@code k·stride + o} otherwise (dense).
	 */
	private static Channels quantize(float[] weights, float[] bias, int outputs, int depth, int stride, double inScale,
			double outScale) {
		byte[] q = new byte[weights.length];
		int[] biases = new int[outputs];
		FixedPointMultiplier[] requantization = new FixedPointMultiplier[outputs];
		for (int o = 0; o < outputs; o++) {
			double max = 0;
			for (int k = 0; k < depth; k++) {
				max = Math.max(max, Math.abs(weights[index(o, k, depth, stride)]));
			}
			double weightScale = max == 0 ? 1 : max / WEIGHT_MAX;
			long bound = 0;
			for (int k = 0; k < depth; k++) {
				int at = index(o, k, depth, stride);
				q[at] = (byte) Math.round(weights[at] / weightScale);
				bound += Math.abs(q[at]) * (long) ACTIVATION_MAX;
			}
			long b = Math.round(bias[o] / (weightScale * inScale));
			bound += Math.abs(b);
			if (bound > Integer.MAX_VALUE) {
				throw new IllegalArgumentException("An int32 accumulator could overflow in a layer " + depth + " deep"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			biases[o] = (int) b;
			requantization[o] = FixedPointMultiplier.of(weightScale * inScale / outScale);
		}
		return new Channels(q, biases, requantization);
	}

	private static int index(int output, int k, int depth, int stride) {
		return stride == 1 ? output * depth + k : k * stride + output;
	}

	/** The real value of one integer step for values up to {@code max}, with headroom. */
	private static double scale(double max, double steps, double headroom) {
		return max > 0 ? max * headroom / steps : 1 / steps;
	}

	private static List<float[]> standardizedCalibration(CnnClassifier cnn, List<float[]> calibration) {
		if (!calibration.isEmpty()) {
			return calibration.stream().map(cnn.standardization()::apply).toList();
		}
		SplittableRandom random = new SplittableRandom(1);
		float[][] drawn = new float[SYNTHETIC_CALIBRATION][cnn.shape().inputSize()];
		for (float[] sample : drawn) {
			for (int i = 0; i < sample.length; i++) {
				sample[i] = (float) gaussian(random);
			}
		}
		return List.of(drawn);
	}

	private static double gaussian(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	/** The model it quantises. */
	public CnnClassifier cnn() {
		return cnn;
	}

	/** Per standardisation group: 1/σ divided by the input's step, so that q = round((x - mean) · factor). */
	public float[] inputFactors() {
		return inputFactors.clone();
	}

	public Block block(int b) {
		return blocks[b];
	}

	/** The dense weights [features][classes]. */
	public byte[] denseWeights() {
		return denseWeights.clone();
	}

	public int[] denseBiases() {
		return denseBiases.clone();
	}

	public FixedPointMultiplier[] denseRequantization() {
		return denseRequantization.clone();
	}

	/** The value of one unit of the integer logits. */
	public double logitScale() {
		return logitScale;
	}
}
