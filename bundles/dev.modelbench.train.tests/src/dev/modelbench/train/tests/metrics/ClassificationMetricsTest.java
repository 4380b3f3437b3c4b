package dev.modelbench.train.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.modelbench.train.metrics.ClassificationMetrics;

class ClassificationMetricsTest {

	private static final double EXACT = 1e-12;

	@Test
	void crossEntropyOfEqualLogitsIsLogOfTheClassCount() {
		assertEquals(Math.log(2), ClassificationMetrics.crossEntropy(new float[] { 0, 0 }, 0), EXACT);
		assertEquals(Math.log(4), ClassificationMetrics.crossEntropy(new float[] { 3, 3, 3, 3 }, 2), EXACT);
	}

	@Test
	void crossEntropyMatchesTheHandComputedValue() {
		// -log(e^3 / (e^1 + e^2 + e^3)) = log(1 + e^-1 + e^-2)
		double expected = Math.log(1 + Math.exp(-1) + Math.exp(-2));
		assertEquals(expected, ClassificationMetrics.crossEntropy(new float[] { 1, 2, 3 }, 2), EXACT);
		assertEquals(expected + 2, ClassificationMetrics.crossEntropy(new float[] { 1, 2, 3 }, 0), EXACT);
	}

	@Test
	void aConfidentWrongAnswerCostsALargeFiniteLoss() {
		double loss = ClassificationMetrics.crossEntropy(new float[] { 1000, -1000 }, 1);

		assertEquals(2000, loss, 1e-9);
	}

	@Test
	void meanCrossEntropyAveragesSamplesAndIsUndefinedWithoutSamples() {
		float[][] logits = { { 0, 0 }, { 0, 0 } };

		assertEquals(Math.log(2), ClassificationMetrics.meanCrossEntropy(logits, new int[] { 0, 1 }), EXACT);
		assertTrue(Double.isNaN(ClassificationMetrics.meanCrossEntropy(new float[0][], new int[0])));
	}

	@Test
	void softmaxSumsToOneAndDoesNotOverflowOnHugeLogits() {
		double[] p = ClassificationMetrics.softmax(new float[] { 1000, 1001 });

		assertEquals(1 / (1 + Math.E), p[0], EXACT);
		assertEquals(Math.E / (1 + Math.E), p[1], EXACT);
	}

	@Test
	void topOneCountsSamplesWhoseHighestScoreIsTheirLabel() {
		float[][] scores = { { 0.7f, 0.2f, 0.1f }, { 0.1f, 0.3f, 0.6f }, { 0.5f, 0.4f, 0.1f }, { 0.2f, 0.2f, 0.6f } };
		int[] labels = { 0, 2, 1, 1 };

		assertEquals(0.5, ClassificationMetrics.top1Accuracy(scores, labels), EXACT);
	}

	@Test
	void topKCountsSamplesWhoseLabelIsAmongTheKHighest() {
		float[][] scores = { { 0.1f, 0.2f, 0.3f, 0.4f }, { 0.4f, 0.3f, 0.2f, 0.1f }, { 0.25f, 0.35f, 0.3f, 0.1f } };
		int[] labels = { 1, 3, 2 };
		// label ranks: sample 0 -> 2 (third), sample 1 -> 3 (last), sample 2 -> 1 (second)

		assertEquals(0.0, ClassificationMetrics.topKAccuracy(scores, labels, 1), EXACT);
		assertEquals(1.0 / 3, ClassificationMetrics.topKAccuracy(scores, labels, 2), EXACT);
		assertEquals(2.0 / 3, ClassificationMetrics.topKAccuracy(scores, labels, 3), EXACT);
		assertEquals(1.0, ClassificationMetrics.topKAccuracy(scores, labels, 4), EXACT);
	}

	@Test
	void tiesGoToTheLowerClassIndexSoTopOneAgreesWithThePrediction() {
		float[][] scores = { { 0.5f, 0.5f }, { 0.5f, 0.5f } };

		assertArrayEquals(new int[] { 0, 0 }, ClassificationMetrics.predictions(scores));
		assertEquals(0.5, ClassificationMetrics.top1Accuracy(scores, new int[] { 0, 1 }), EXACT);
		assertEquals(1, ClassificationMetrics.rank(scores[1], 1));
	}

	@Test
	void scoresWithANaNAreNeverCountedRight() {
		float nan = Float.NaN;
		float[][] diverged = { { nan, nan, nan }, { 2, nan, 1 }, { nan, 0, 5 } };
		int[] labels = { 0, 0, 2 };

		assertEquals(0.0, ClassificationMetrics.top1Accuracy(diverged, labels));
		assertEquals(0.0, ClassificationMetrics.topKAccuracy(diverged, labels, 3), "not even among all three");
	}

	@Test
	void accuracyOfNoSamplesIsUndefined() {
		assertTrue(Double.isNaN(ClassificationMetrics.top1Accuracy(new float[0][], new int[0])));
	}

	@Test
	void kBelowOneIsAProgrammingError() {
		assertThrows(IllegalArgumentException.class,
				() -> ClassificationMetrics.topKAccuracy(new float[][] { { 1, 2 } }, new int[] { 0 }, 0));
	}

	@ParameterizedTest(name = "{0} classes -> top-{1}")
	@CsvSource({ "2,2", "3,3", "5,5", "6,5", "20,5" })
	void topKIsTopFiveOrEveryClassWhenThereAreFewer(int classes, int k) {
		assertEquals(k, ClassificationMetrics.topK(classes));
	}
}
