package dev.modelbench.train;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One training run's input: what to learn, how, and where the trainer may keep what it can reuse
 * next time (e.g. the features of samples that did not change).
 *
 * @param samples     the classes and labelled samples
 * @param options     the settings
 * @param cacheFolder a folder the trainer may create and fill; its content is only ever an
 *                    optimisation, safe to delete
 */
public record TrainingRequest(SampleSet samples, TrainingOptions options, Path cacheFolder) {

	public TrainingRequest {
		Objects.requireNonNull(samples, "samples"); //$NON-NLS-1$
		Objects.requireNonNull(options, "options"); //$NON-NLS-1$
		Objects.requireNonNull(cacheFolder, "cacheFolder"); //$NON-NLS-1$
	}
}
