package dev.modelbench.train;

import java.nio.file.Path;
import java.util.Objects;

import dev.modelbench.core.model.Split;

/**
 * A sample file with its class and its side of the split, as a trainer reads it.
 *
 * @param file  the file on disk
 * @param id    how the user knows it, e.g. its project path {@code data/cat/001.jpg}
 * @param label the index of its class
 * @param split {@link Split#TRAIN} or {@link Split#VALIDATION}
 */
public record LabeledSample(Path file, String id, int label, Split split) {

	public LabeledSample {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		if (split != Split.TRAIN && split != Split.VALIDATION) {
			throw new IllegalArgumentException("A training sample is either TRAIN or VALIDATION: " + split); //$NON-NLS-1$
		}
	}
}
