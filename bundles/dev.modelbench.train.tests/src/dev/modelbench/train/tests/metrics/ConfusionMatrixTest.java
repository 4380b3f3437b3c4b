package dev.modelbench.train.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.metrics.ConfusionMatrix;

class ConfusionMatrixTest {

	private static final double EXACT = 1e-12;

	// truth:     0 0 0 0 1 1 1 2 2 2
	// predicted: 0 0 1 2 1 1 0 2 2 2
	private static final ConfusionMatrix MATRIX = ConfusionMatrix.of(3, new int[] { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2 },
			new int[] { 0, 0, 1, 2, 1, 1, 0, 2, 2, 2 });

	@Test
	void rowsAreTrueClassesAndColumnsPredictedClasses() {
		assertArrayEquals(new int[][] { { 2, 1, 1 }, { 1, 2, 0 }, { 0, 0, 3 } }, MATRIX.toArray());
		assertEquals(10, MATRIX.total());
		assertEquals(7, MATRIX.correct());
		assertEquals(0.7, MATRIX.accuracy(), EXACT);
	}

	@Test
	void precisionIsCorrectOverPredictedAsTheClass() {
		assertEquals(2.0 / 3, MATRIX.precision(0), EXACT); // predicted 0: two right, one a 1
		assertEquals(2.0 / 3, MATRIX.precision(1), EXACT);
		assertEquals(3.0 / 4, MATRIX.precision(2), EXACT);
	}

	@Test
	void recallIsCorrectOverSamplesOfTheClass() {
		assertEquals(2.0 / 4, MATRIX.recall(0), EXACT);
		assertEquals(2.0 / 3, MATRIX.recall(1), EXACT);
		assertEquals(1.0, MATRIX.recall(2), EXACT);
		assertEquals(4, MATRIX.support(0));
		assertEquals(4, MATRIX.predictedAs(2));
	}

	@Test
	void precisionOfANeverPredictedClassIsUndefinedNotZero() {
		ConfusionMatrix matrix = ConfusionMatrix.of(2, new int[] { 0, 1 }, new int[] { 0, 0 });

		assertTrue(Double.isNaN(matrix.precision(1)));
		assertEquals(0.0, matrix.recall(1), EXACT);
	}

	@Test
	void recallOfAClassWithoutSamplesIsUndefinedNotZero() {
		ConfusionMatrix matrix = ConfusionMatrix.of(3, new int[] { 0, 1 }, new int[] { 0, 2 });

		assertTrue(Double.isNaN(matrix.recall(2)));
		assertEquals(0.0, matrix.precision(2), EXACT);
	}

	@Test
	void anEmptyMatrixHasUndefinedAccuracy() {
		assertTrue(Double.isNaN(ConfusionMatrix.of(2, new int[0], new int[0]).accuracy()));
	}

	@Test
	void matricesWithTheSameCountsAreEqual() {
		assertEquals(MATRIX, ConfusionMatrix.ofCounts(new int[][] { { 2, 1, 1 }, { 1, 2, 0 }, { 0, 0, 3 } }));
	}
}
