package dev.modelbench.cli;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.dataset.DatasetTaskKind;
import dev.modelbench.core.model.TaskKind;

/** The task kinds as the command line spells them: {@code image} and {@code sound}. */
final class TaskKinds {

	private TaskKinds() {
	}

	static TaskKind parse(String word) throws UsageException {
		TaskKind kind = TaskKind.get(word);
		if (kind == null) {
			throw new UsageException(NLS.bind(Messages.TaskKind_unknown, word));
		}
		return kind;
	}

	static String word(TaskKind kind) {
		return kind.getLiteral();
	}

	static String label(TaskKind kind) {
		return kind == TaskKind.SOUND_CLASSIFICATION ? Messages.TaskKind_sound : Messages.TaskKind_image;
	}

	static TaskKind detect(Path dataset) {
		return DatasetTaskKind.guess(dataset);
	}
}
