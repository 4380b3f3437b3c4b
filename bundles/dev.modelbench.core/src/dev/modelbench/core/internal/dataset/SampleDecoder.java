package dev.modelbench.core.internal.dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import dev.modelbench.core.model.TaskKind;

/**
 * Knows which files are samples of a project's kind and checks that one really decodes, so a
 * damaged file is caught at import time instead of halfway through training.
 */
public interface SampleDecoder {

	/** Whether a file with this name is meant as a sample (judged by its extension). */
	boolean accepts(String fileName);

	/** Decodes the whole file; empty if it is fine, otherwise why it cannot be used, for the user. */
	Optional<String> problem(Path file);

	static SampleDecoder forTask(TaskKind taskKind) {
		return switch (taskKind) {
			case IMAGE_CLASSIFICATION -> new ImageDecoder();
			case SOUND_CLASSIFICATION -> new WavDecoder();
		};
	}

	/** The lower-case extension of {@code fileName} without its dot, or "". */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
