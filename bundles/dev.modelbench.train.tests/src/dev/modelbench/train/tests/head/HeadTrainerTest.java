package dev.modelbench.train.tests.head;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.EvaluationSet;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.head.HeadTrainer;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.train.tests.fixtures.GaussianBlobs;
import dev.modelbench.train.tests.fixtures.RecordingListener;

class HeadTrainerTest {

	/** Three well separated classes, 20 training and 20 validation samples each, 32 features. */
	private static final TrainingData SEPARABLE = new GaussianBlobs(3, 32, 1.0, 1).data(20, 20);

	/**
	 * Few training samples of weakly separated classes and a high rate: validation accuracy peaks
	 * early and then falls as the head memorises noise (at epoch 3 of 30 for this seed).
	 */
	private static final TrainingData OVERFITTING = new GaussianBlobs(3, 40, 0.2, 3).data(4, 30);
	private static final TrainingOptions OVERFIT_OPTIONS = TrainingOptions.defaults().withOptimizer("adam").withLearningRate(0.05)
			.withBatchSize(4).withEpochs(30);

	private static TrainingOutcome<SoftmaxClassifier> train(TrainingData data, TrainingOptions options)
			throws TrainingRefusedException {
		return new HeadTrainer().train(data, options, EpochListener.NONE, new NullProgressMonitor());
	}

	@Test
	void learnsSeparableClassesWithTheDefaultSettings() throws Exception {
		TrainingOutcome<SoftmaxClassifier> outcome = train(SEPARABLE, TrainingOptions.defaults());

		TrainingReport report = outcome.report();
		assertTrue(report.finalAccuracy() >= 0.95, "accuracy " + report.finalAccuracy());
		assertEquals(EvaluationSet.VALIDATION, report.evaluatedOn());
		assertEquals(20, report.epochs().size());
		assertFalse(outcome.cancelled());
		assertEquals("32 -> 3 softmax", report.architecture());
	}

	@Test
	void learnsSeparableClassesWithAHiddenLayerToo() throws Exception {
		TrainingOutcome<SoftmaxClassifier> outcome = train(SEPARABLE, TrainingOptions.defaults().withHiddenUnits(16));

		assertTrue(outcome.report().finalAccuracy() >= 0.95, "accuracy " + outcome.report().finalAccuracy());
		assertEquals("32 -> 16 relu -> 3 softmax", outcome.report().architecture());
	}

	@Test
	void learnsSeparableClassesWithMomentumSgd() throws Exception {
		TrainingOutcome<SoftmaxClassifier> outcome = train(SEPARABLE,
				TrainingOptions.defaults().withOptimizer("SGD").withLearningRate(0.01));

		assertTrue(outcome.report().finalAccuracy() >= 0.95, "accuracy " + outcome.report().finalAccuracy());
		assertEquals(OptimizerChoice.Kind.SGD, outcome.report().optimizer().kind());
	}

	@Test
	void autoPicksAdamAndTheReportSaysWhy() throws Exception {
		TrainingReport report = train(SEPARABLE, TrainingOptions.defaults().withEpochs(1)).report();

		assertEquals("auto", report.options().optimizer());
		assertEquals(OptimizerChoice.Kind.ADAM, report.optimizer().kind());
		assertTrue(report.optimizer().reason().contains("Adam"), report.optimizer().reason());
		assertEquals(HeadTrainer.AUTO_LEARNING_RATE, report.optimizer().learningRate());
	}

	@Test
	void theSameSeedGivesBitIdenticalWeightsAndMetrics() throws Exception {
		TrainingOptions options = TrainingOptions.defaults().withHiddenUnits(8).withSeed(7);

		TrainingOutcome<SoftmaxClassifier> first = train(SEPARABLE, options);
		TrainingOutcome<SoftmaxClassifier> second = train(SEPARABLE, options);

		assertEquals(first.model(), second.model());
		assertEquals(withoutTimes(first.report().epochs()), withoutTimes(second.report().epochs()));
		assertEquals(first.report().confusionMatrix(), second.report().confusionMatrix());
		assertEquals(first.report().misclassified(), second.report().misclassified());
	}

	@Test
	void anotherSeedGivesOtherWeights() throws Exception {
		SoftmaxClassifier seven = train(SEPARABLE, TrainingOptions.defaults().withSeed(7)).model();
		SoftmaxClassifier eight = train(SEPARABLE, TrainingOptions.defaults().withSeed(8)).model();

		assertNotEquals(seven, eight);
	}

	@Test
	void everyEpochIsReportedInOrderWithTopKForTheClassCount() throws Exception {
		RecordingListener listener = new RecordingListener();

		TrainingOutcome<SoftmaxClassifier> outcome = new HeadTrainer().train(SEPARABLE,
				TrainingOptions.defaults().withEpochs(5), listener, new NullProgressMonitor());

		List<EpochResult> heard = listener.results();
		assertEquals(outcome.report().epochs(), heard);
		for (int i = 0; i < heard.size(); i++) {
			EpochResult epoch = heard.get(i);
			assertEquals(i + 1, epoch.epoch());
			assertEquals(5, epoch.epochs());
			assertEquals(3, epoch.k()); // min(5, 3 classes)
			assertEquals(1.0, epoch.topKAccuracy()); // top-3 of 3 classes is always right
			assertTrue(epoch.top1Accuracy() <= epoch.topKAccuracy());
			assertTrue(epoch.trainLoss() > 0 && epoch.validationLoss() > 0);
			assertTrue(i == 0 || epoch.elapsedSeconds() >= heard.get(i - 1).elapsedSeconds());
		}
	}

	@Test
	void theBestEpochIsKeptWhenLaterEpochsOverfit() throws Exception {
		TrainingReport report = train(OVERFITTING, OVERFIT_OPTIONS).report();

		EpochResult best = report.best();
		EpochResult last = report.epochs().getLast();
		assertTrue(report.bestEpoch() < 30, "best epoch " + report.bestEpoch());
		assertTrue(best.top1Accuracy() > last.top1Accuracy(), best + " vs " + last);
		assertEquals(best.top1Accuracy(), report.finalAccuracy());
		for (EpochResult epoch : report.epochs()) {
			assertTrue(epoch.top1Accuracy() <= best.top1Accuracy());
		}
	}

	@Test
	void theKeptModelIsTheOneTheBestEpochEndedWith() throws Exception {
		TrainingOutcome<SoftmaxClassifier> outcome = train(OVERFITTING, OVERFIT_OPTIONS);
		int bestEpoch = outcome.report().bestEpoch();

		// Training is deterministic, so stopping after the best epoch reproduces its weights.
		SoftmaxClassifier stoppedThere = train(OVERFITTING, OVERFIT_OPTIONS.withEpochs(bestEpoch)).model();

		assertEquals(stoppedThere, outcome.model());
	}

	@Test
	void cancellingAfterAnEpochKeepsTheBestFinishedModel() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		RecordingListener listener = new RecordingListener(monitor, 3);

		TrainingOutcome<SoftmaxClassifier> outcome = new HeadTrainer().train(SEPARABLE, TrainingOptions.defaults(),
				listener, monitor);

		assertTrue(outcome.cancelled());
		assertEquals(3, outcome.report().epochs().size());
		assertEquals(3, listener.results().size());
		int bestEpoch = outcome.report().bestEpoch();
		assertTrue(bestEpoch <= 3);
		assertEquals(train(SEPARABLE, TrainingOptions.defaults().withEpochs(bestEpoch)).model(), outcome.model());
	}

	@Test
	void cancellingInsideAnEpochDropsOnlyThatUnfinishedEpoch() throws Exception {
		// 60 samples in batches of 16: four checks per epoch (and maybe one per epoch start), so the 8th is in epoch 2.
		CancelAtCheck monitor = new CancelAtCheck(8);

		TrainingOutcome<SoftmaxClassifier> outcome = new HeadTrainer().train(SEPARABLE, TrainingOptions.defaults(),
				EpochListener.NONE, monitor);

		assertTrue(outcome.cancelled());
		int finished = outcome.report().epochs().size();
		assertTrue(finished >= 1 && finished < 20, finished + " epochs");
		assertEquals(train(SEPARABLE, TrainingOptions.defaults().withEpochs(outcome.report().bestEpoch())).model(),
				outcome.model());
	}

	@Test
	void cancellingBeforeAnyEpochFinishedLeavesNothingToKeep() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> new HeadTrainer().train(SEPARABLE, TrainingOptions.defaults(), EpochListener.NONE, monitor));
	}

	@Test
	void withoutValidationSamplesTheMetricsAreOnTrainingSamplesAndTheReportSaysSo() throws Exception {
		TrainingData trainingOnly = new GaussianBlobs(3, 32, 1.0, 1).data(20, 0);

		TrainingReport report = train(trainingOnly, TrainingOptions.defaults()).report();

		assertEquals(EvaluationSet.TRAINING, report.evaluatedOn());
		assertEquals(1, report.notes().size());
		assertTrue(report.notes().getFirst().contains("no validation samples"), report.notes().getFirst());
		assertTrue(Double.isNaN(report.epochs().getFirst().validationLoss()));
		assertEquals(60, report.confusionMatrix().total());
		assertTrue(report.finalAccuracy() >= 0.95);
	}

	@Test
	void theReportListsTheKeptModelsMistakesWithSampleIds() throws Exception {
		// Barely separated classes, so the kept model gets some validation samples wrong.
		TrainingData hard = new GaussianBlobs(3, 8, 0.3, 3).data(20, 20);

		TrainingOutcome<SoftmaxClassifier> outcome = train(hard, TrainingOptions.defaults());

		TrainingReport report = outcome.report();
		List<Misclassification> mistakes = report.misclassified();
		assertFalse(mistakes.isEmpty());
		assertEquals(report.confusionMatrix().total() - report.confusionMatrix().correct(), mistakes.size());
		for (Misclassification mistake : mistakes) {
			float[] features = hard.validation().features()[mistake.index()];
			assertEquals(hard.validation().sampleId(mistake.index()), mistake.sampleId());
			assertEquals(hard.validation().labels()[mistake.index()], mistake.trueClass());
			assertEquals(outcome.model().predict(features).classIndex(), mistake.predicted());
			assertNotEquals(mistake.trueClass(), mistake.predicted());
			assertEquals(outcome.model().predict(features).confidence(), mistake.confidence(), 1e-6);
		}
		for (int c = 0; c < 3; c++) {
			assertEquals(report.confusionMatrix().recall(c), report.classScores().get(c).recall());
			assertEquals(report.confusionMatrix().precision(c), report.classScores().get(c).precision());
			assertEquals(20, report.classScores().get(c).support());
		}
		assertEquals(report.best().top1Accuracy(), report.confusionMatrix().accuracy());
	}

	private static List<EpochResult> withoutTimes(List<EpochResult> epochs) {
		return epochs.stream()
				.map(e -> new EpochResult(e.epoch(), e.epochs(), e.trainLoss(), e.validationLoss(), e.top1Accuracy(),
						e.topKAccuracy(), e.k(), e.evaluatedOn(), 0))
				.toList();
	}
}
