package dev.modelbench.train.tests.head;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingDivergedException;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.head.HeadTrainer;

class TrainingRefusalTest {

	private static final float[][] FOUR_SAMPLES = { { 1, 2 }, { 2, 1 }, { 3, 3 }, { 0, 1 } };

	private static String refusal(TrainingData data, TrainingOptions options) {
		return assertThrows(TrainingRefusedException.class,
				() -> new HeadTrainer().train(data, options, EpochListener.NONE, new NullProgressMonitor()))
				.getMessage();
	}

	@Test
	void aTrainingThatDivergesStopsKeepsNothingAndSaysToLowerTheLearningRate() {
		List<EpochResult> heard = new ArrayList<>();
		TrainingOptions overflowing = TrainingOptions.defaults().withOptimizer("sgd").withLearningRate(1e20)
				.withEpochs(50);

		TrainingDivergedException diverged = assertThrows(TrainingDivergedException.class,
				() -> new HeadTrainer().train(data(List.of("cat", "dog"), 0, 1, 0, 1), overflowing, heard::add,
						new NullProgressMonitor()));

		assertTrue(diverged.getMessage().startsWith("Training diverged in epoch " + diverged.epoch() + ": the loss became "),
				diverged.getMessage());
		assertTrue(diverged.getMessage().contains("The learning rate is too high"), diverged.getMessage());
		assertTrue(diverged.epoch() < 50, "stopped at once, not after 50 epochs");
		assertEquals(diverged.epoch() - 1, heard.size(), "the diverged epoch is not reported as trained");
		heard.forEach(epoch -> assertTrue(Double.isFinite(epoch.trainLoss()), epoch::toString));
	}

	private static TrainingData data(List<String> classes, int... labels) {
		return new TrainingData(classes, FeatureSet.of(FOUR_SAMPLES, labels), FeatureSet.empty());
	}

	@Test
	void oneCategoryIsRefused() {
		assertEquals("Training needs at least two categories; there are 1. Add another category with samples.",
				refusal(data(List.of("cat"), 0, 0, 0, 0), TrainingOptions.defaults()));
	}

	@Test
	void aCategoryWithoutTrainingSamplesIsRefusedByName() {
		assertEquals(
				"The category \"bird\" has no training samples. Add samples to it or remove it, then train again.",
				refusal(data(List.of("cat", "bird", "dog"), 0, 2, 0, 2), TrainingOptions.defaults()));
	}

	@Test
	void severalEmptyCategoriesAreAllNamed() {
		assertEquals("The categories \"bird\", \"fish\" have no training samples. Add samples to them or remove them,"
				+ " then train again.",
				refusal(data(List.of("cat", "bird", "dog", "fish"), 0, 2, 0, 2), TrainingOptions.defaults()));
	}

	@Test
	void anUnknownOptimizerIsRefusedWithTheAcceptedNames() {
		assertEquals("Unknown optimizer \"rmsprop\". Use one of: auto, adam, sgd.",
				refusal(data(List.of("cat", "dog"), 0, 1, 0, 1), TrainingOptions.defaults().withOptimizer("rmsprop")));
	}

	@Test
	void settingsOutOfRangeAreRefused() {
		TrainingData data = data(List.of("cat", "dog"), 0, 1, 0, 1);

		assertEquals("The number of epochs must be from 1 to 1000; it is 0.",
				refusal(data, TrainingOptions.defaults().withEpochs(0)));
		assertEquals("The number of epochs must be from 1 to 1000; it is 1000000.",
				refusal(data, TrainingOptions.defaults().withEpochs(1_000_000)));
		assertEquals("The batch size must be at least 1; it is -4.",
				refusal(data, TrainingOptions.defaults().withBatchSize(-4)));
		assertEquals("The learning rate must be a number greater than 0; it is 0.0.",
				refusal(data, TrainingOptions.defaults().withLearningRate(0)));
	}
}
