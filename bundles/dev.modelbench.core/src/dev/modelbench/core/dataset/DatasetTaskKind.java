package dev.modelbench.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import dev.modelbench.core.internal.dataset.SampleDecoder;
import dev.modelbench.core.model.TaskKind;

/**
 * Guesses from a dataset's file names whether it is for image or sound classification, so that a
 * new project can be made for it without asking. Only names are read: a zip is not extracted.
 */
public final class DatasetTaskKind {

	/** Looking at this many files is enough to tell images from sounds. */
	private static final int FILES_LOOKED_AT = 10_000;

	private DatasetTaskKind() {
	}

	/** The task kind most of the dataset's samples fit; image classification when unsure. */
	public static TaskKind guess(Path source) {
		List<String> names;
		try {
			names = Files.isDirectory(source) ? namesInFolder(source) : namesInZip(source);
		} catch (IOException | RuntimeException e) {
			// The import itself reports an unreadable dataset with a proper message.
			return TaskKind.IMAGE_CLASSIFICATION;
		}
		Map<TaskKind, Integer> votes = new EnumMap<>(TaskKind.class);
		for (TaskKind kind : TaskKind.values()) {
			SampleDecoder decoder = SampleDecoder.forTask(kind);
			votes.put(kind, (int) names.stream().filter(decoder::accepts).count());
		}
		return votes.get(TaskKind.SOUND_CLASSIFICATION) > votes.get(TaskKind.IMAGE_CLASSIFICATION)
				? TaskKind.SOUND_CLASSIFICATION
				: TaskKind.IMAGE_CLASSIFICATION;
	}

	private static List<String> namesInFolder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder, 4)) {
			return files.filter(Files::isRegularFile).limit(FILES_LOOKED_AT).map(file -> file.getFileName().toString())
					.toList();
		}
	}

	private static List<String> namesInZip(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			return file.stream().limit(FILES_LOOKED_AT).map(entry -> entry.getName()).toList();
		}
	}
}
