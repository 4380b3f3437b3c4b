package dev.modelbench.ui.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.project.TrainedModelStore;

/**
 * Loads a project's trained model for the Validation view, in the background, and again only when
 * the model file changed (the project was trained again).
 */
final class ModelLoading {

	/** What {@link #loadIfRetrained} found. */
	enum Found {
		/** The project has no trained model. */
		NONE,
		/** The model loaded already is the project's current one. */
		CURRENT,
		/** A new model is being loaded. */
		LOADING
	}

	private final ValidationContext context;
	private Path loadedFrom;
	private FileTime loadedStamp;

	ModelLoading(ValidationContext context) {
		this.context = context;
	}

	/**
	 * Loads the trained model of the project in {@code folder} when it is not the one loaded already;
	 * {@code loaded} gets it, or {@code failed} why not, on the UI thread (a model the closed view
	 * can no longer take is closed).
	 */
	Found loadIfRetrained(Path folder, Consumer<TrainedModel> loaded, Consumer<String> failed) {
		FileTime stamp = stamp(TrainedModelStore.modelFile(folder));
		if (stamp == null) {
			forget();
			return Found.NONE;
		}
		if (folder.equals(loadedFrom) && Objects.equals(stamp, loadedStamp)) {
			return Found.CURRENT;
		}
		loadedFrom = folder;
		loadedStamp = stamp;
		// Opening the ONNX session takes a moment: in the background.
		Job load = Job.create(Messages.Validation_loadJob, (IProgressMonitor monitor) -> {
			try {
				TrainedModel model = TrainedModelStore.load(folder);
				context.asyncIfOpen(() -> loaded.accept(model), model::close);
			} catch (IOException e) {
				context.asyncIfOpen(() -> failed.accept(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		load.setSystem(true);
		load.schedule();
		return Found.LOADING;
	}

	/** Loads the next project's model even if its file is unchanged: the one loaded was closed. */
	void forget() {
		loadedFrom = null;
		loadedStamp = null;
	}

	private static FileTime stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}
}
