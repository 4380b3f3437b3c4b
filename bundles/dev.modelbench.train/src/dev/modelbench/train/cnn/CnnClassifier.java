package dev.modelbench.train.cnn;

import java.util.List;

import dev.modelbench.train.Prediction;

/**
 * A trained CNN: input standardisation, the layers of its {@link CnnShape} with their weights, and
 * the class names. Immutable and safe to share between threads (each thread gets its own work
 * buffers).
 */
public final class CnnClassifier {

	private final CnnShape shape;
	private final InputStandardization standardization;
	private final float[][] parameters;
	private final List<String> classNames;
	private final ThreadLocal<CnnPass> passes;

	/** A classifier from its parts; the parameters are copied. */
	public CnnClassifier(CnnShape shape, InputStandardization standardization, float[][] parameters,
			List<String> classNames) {
		this.shape = shape;
		this.standardization = standardization;
		this.parameters = copy(parameters);
		this.classNames = List.copyOf(classNames);
		float[][] expected = CnnPass.zeros(shape);
		if (expected.length != parameters.length || classNames.size() != shape.classes()) {
			throw new IllegalArgumentException("Parameters do not fit " + shape); //$NON-NLS-1$
		}
		for (int p = 0; p < expected.length; p++) {
			if (expected[p].length != parameters[p].length) {
				throw new IllegalArgumentException("Parameter array " + p + " does not fit " + shape); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		passes = ThreadLocal.withInitial(() -> new CnnPass(shape));
	}

	public CnnShape shape() {
		return shape;
	}

	public InputStandardization standardization() {
		return standardization;
	}

	public List<String> classNames() {
		return classNames;
	}

	/** A copy of parameter array {@code index}, in the order {@link CnnPass} documents. */
	public float[] parameter(int index) {
		return parameters[index].clone();
	}

	/** The number of parameter arrays. */
	public int parameterArrays() {
		return parameters.length;
	}

	/** The logits of one raw (not yet standardised) input. */
	public float[] logits(float[] input) {
		if (input.length != shape.inputSize()) {
			throw new IllegalArgumentException(input.length + " values for " + shape); //$NON-NLS-1$
		}
		return passes.get().forward(parameters, standardization.apply(input)).clone();
	}

	/** The most probable class with every class's probability. */
	public Prediction predict(float[] input) {
		return Prediction.ofLogits(classNames, logits(input));
	}

	static float[][] copy(float[][] arrays) {
		float[][] copy = new float[arrays.length][];
		for (int p = 0; p < arrays.length; p++) {
			copy[p] = arrays[p].clone();
		}
		return copy;
	}
}
