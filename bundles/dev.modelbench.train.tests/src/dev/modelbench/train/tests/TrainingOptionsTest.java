package dev.modelbench.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.train.TrainingOptions;

class TrainingOptionsTest {

	@Test
	void aProjectsDefaultSettingsAreTheTrainersDefaults() {
		TrainingSettings settings = ModelFactory.eINSTANCE.createTrainingSettings();

		assertEquals(TrainingOptions.defaults(), TrainingOptions.from(settings));
	}

	@Test
	void aProjectsSettingsAreTakenOver() {
		TrainingSettings settings = ModelFactory.eINSTANCE.createTrainingSettings();
		settings.setBatchSize(8);
		settings.setEpochs(50);
		settings.setOptimizer("sgd");
		settings.setLearningRate(0.01);
		settings.setSeed(3);

		assertEquals(TrainingOptions.defaults().withBatchSize(8).withEpochs(50).withOptimizer("sgd")
				.withLearningRate(0.01).withSeed(3), TrainingOptions.from(settings));
	}
}
