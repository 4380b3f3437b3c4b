package dev.modelbench.train;

import java.util.HashSet;
import java.util.List;

import dev.modelbench.core.model.Split;

/**
 * The classes (index = label) and labelled samples a model is trained and validated on.
 *
 * @param classNames      the classes in label order
 * @param samples         the samples, each of a class in {@code classNames}
 * @param backgroundLabel the class that means "nothing to name" (a sound project's background
 *                        noise), or -1 when there is none
 */
public record SampleSet(List<String> classNames, List<LabeledSample> samples, int backgroundLabel) {

	/** Samples without a background class, as image projects have. */
	public SampleSet(List<String> classNames, List<LabeledSample> samples) {
		this(classNames, samples, -1);
	}

	public SampleSet {
		classNames = List.copyOf(classNames);
		samples = List.copyOf(samples);
		if (new HashSet<>(classNames).size() != classNames.size()) {
			throw new IllegalArgumentException("Duplicate class names: " + classNames); //$NON-NLS-1$
		}
		if (backgroundLabel < -1 || backgroundLabel >= classNames.size()) {
			throw new IllegalArgumentException("Background class " + backgroundLabel); //$NON-NLS-1$
		}
		for (LabeledSample sample : samples) {
			if (sample.label() < 0 || sample.label() >= classNames.size()) {
				throw new IllegalArgumentException("Label " + sample.label() + " of " + sample.id()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** The samples of one side of the split, in order. */
	public List<LabeledSample> of(Split split) {
		return samples.stream().filter(sample -> sample.split() == split).toList();
	}

	/** The number of samples of each class, both sides of the split together, in label order. */
	public int[] counts() {
		return TrainableClasses.count(classNames.size(), samples.stream().mapToInt(LabeledSample::label).toArray());
	}

	/** The labels of one side of the split, in sample order. */
	public int[] labels(Split split) {
		return of(split).stream().mapToInt(LabeledSample::label).toArray();
	}

	/**
	 * Refuses a set no classifier can learn from (see {@link TrainableClasses}). Trainers call it
	 * before any expensive work.
	 */
	public void requireTrainable() throws TrainingRefusedException {
		TrainableClasses.check(classNames, TrainableClasses.count(classNames.size(), labels(Split.TRAIN)));
	}
}
