package dev.modelbench.core.project;

import java.util.List;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.internal.Messages;

/** The content of a brand-new model file. */
public final class InitialModel {

	/** Folder name of the background-noise category every sound project starts with. */
	public static final String BACKGROUND_CATEGORY_NAME = "background"; //$NON-NLS-1$

	private InitialModel() {
	}

	/**
	 * A model with default training settings and no samples. A sound project gets a
	 * "Background noise" category, because the sound pipeline needs a class for "nothing said".
	 */
	public static ModelProject create(String projectName, TaskKind taskKind) {
		ModelProject model = ModelFactory.eINSTANCE.createModelProject();
		model.setName(projectName);
		model.setTaskKind(taskKind);
		model.setSettings(ModelFactory.eINSTANCE.createTrainingSettings());
		if (taskKind == TaskKind.SOUND_CLASSIFICATION) {
			Category background = NewCategory.create(Messages.InitialModel_backgroundNoise, model.getCategories(), List.of());
			background.setName(BACKGROUND_CATEGORY_NAME);
			model.getCategories().add(background);
		}
		return model;
	}
}
