package dev.modelbench.core.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.core.project.InitialModel;

class InitialModelTest {

	@Test
	void imageProjectStartsWithoutCategoriesAndDefaultSettings() {
		ModelProject model = InitialModel.create("Pets", TaskKind.IMAGE_CLASSIFICATION);

		assertEquals("Pets", model.getName());
		assertTrue(model.getCategories().isEmpty());
		TrainingSettings settings = model.getSettings();
		assertEquals(16, settings.getBatchSize());
		assertEquals(20, settings.getEpochs());
		assertEquals("auto", settings.getOptimizer());
		assertEquals(0.001, settings.getLearningRate());
		assertEquals(224, settings.getInputSize());
		assertTrue(settings.isAugmentation());
		assertEquals(42L, settings.getSeed());
	}

	@Test
	void soundProjectStartsWithABackgroundNoiseCategoryAndMoreEpochs() {
		ModelProject model = InitialModel.create("Words", TaskKind.SOUND_CLASSIFICATION);

		assertEquals(1, model.getCategories().size());
		Category background = model.getCategories().get(0);
		assertEquals("background", background.getName());
		assertEquals("Background noise", background.getDisplayName());
		assertTrue(background.getColour().startsWith("#"));
		assertEquals(InitialModel.SOUND_EPOCHS, model.getSettings().getEpochs());
	}
}
