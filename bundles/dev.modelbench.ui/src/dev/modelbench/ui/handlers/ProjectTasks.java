package dev.modelbench.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;

import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * What a Model project recognises, read from its model file without an editor. Menus ask on every
 * selection change, so the answer is kept until the file changes.
 */
final class ProjectTasks {

	private record Known(FileTime stamp, TaskKind task) {
	}

	private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

	private ProjectTasks() {
	}

	/** The project's task; images when its model file cannot be read (the editor says why when opened). */
	static TaskKind of(IProject project) {
		Path file = ProjectLayout.modelFile(project.getLocation().toPath());
		try {
			FileTime stamp = Files.getLastModifiedTime(file);
			Known known = KNOWN.get(file);
			if (known != null && known.stamp().equals(stamp)) {
				return known.task();
			}
			try (ModelDocument document = ModelDocument.load(file)) {
				TaskKind task = document.getModel().getTaskKind();
				KNOWN.put(file, new Known(stamp, task));
				return task;
			}
		} catch (IOException | ModelFileException e) {
			return TaskKind.IMAGE_CLASSIFICATION;
		}
	}
}
