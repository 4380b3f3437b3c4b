package dev.modelbench.train.head;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import dev.modelbench.train.Prediction;

/**
 * A trained classifier head: standardisation, then dense layers (the last one giving one logit per
 * class), then softmax. Immutable and safe to share between threads. As ONNX it is
 * Sub, Mul, Gemm(+Relu), ..., Gemm, Softmax with the arrays this class exposes.
 */
public final class SoftmaxClassifier {

	private final List<String> classNames;
	private final FeatureStandardization standardization;
	private final List<DenseLayer> layers;

	/** A head from its parts; the layers must chain from the standardisation's width to one output per class. */
	public SoftmaxClassifier(List<String> classNames, FeatureStandardization standardization, List<DenseLayer> layers) {
		this.classNames = List.copyOf(classNames);
		this.standardization = Objects.requireNonNull(standardization);
		this.layers = List.copyOf(layers);
		if (this.classNames.size() < 2 || new HashSet<>(this.classNames).size() != this.classNames.size()) {
			throw new IllegalArgumentException("A classifier needs two or more distinct classes: " + classNames); //$NON-NLS-1$
		}
		if (this.layers.isEmpty()) {
			throw new IllegalArgumentException("A classifier needs at least one layer"); //$NON-NLS-1$
		}
		int width = standardization.featureCount();
		for (DenseLayer layer : this.layers) {
			if (layer.inputs() != width) {
				throw new IllegalArgumentException("Layer takes " + layer.inputs() + " inputs but gets " + width); //$NON-NLS-1$ //$NON-NLS-2$
			}
			width = layer.outputs();
		}
		if (width != this.classNames.size() || this.layers.getLast().activation() != DenseLayer.Activation.NONE) {
			throw new IllegalArgumentException("The last layer must give one logit per class"); //$NON-NLS-1$
		}
	}

	public List<String> classNames() {
		return classNames;
	}

	public int classCount() {
		return classNames.size();
	}

	public int featureCount() {
		return standardization.featureCount();
	}

	public FeatureStandardization standardization() {
		return standardization;
	}

	/** The dense layers, input side first. */
	public List<DenseLayer> layers() {
		return layers;
	}

	/** Layer widths and activations, e.g. "384 -> 64 relu -> 4 softmax". */
	public String architecture() {
		StringBuilder text = new StringBuilder().append(featureCount());
		for (DenseLayer layer : layers) {
			text.append(" -> ").append(layer.outputs()); //$NON-NLS-1$
			text.append(layer.activation() == DenseLayer.Activation.RELU ? " relu" : " softmax"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	/** The logits (scores before softmax) for one raw feature vector. */
	public float[] logits(float[] features) {
		float[] activations = standardization.apply(features);
		for (DenseLayer layer : layers) {
			activations = layer.apply(activations);
		}
		return activations;
	}

	/** The probability of every class for one raw feature vector. */
	public float[] probabilities(float[] features) {
		return predict(features).probabilities();
	}

	/** The most probable class with all probabilities. */
	public Prediction predict(float[] features) {
		return Prediction.ofLogits(classNames, logits(features));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SoftmaxClassifier c && classNames.equals(c.classNames)
				&& standardization.equals(c.standardization) && layers.equals(c.layers);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classNames, standardization, layers);
	}
}
