package dev.modelbench.train.tests.cnn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.modelbench.train.cnn.CnnPass;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.metrics.ClassificationMetrics;

/** The backward pass is the derivative of the forward pass: checked against finite differences. */
class CnnPassTest {

	// Odd sizes, so pooling drops a row and a column, and three blocks, so gradients pass two pools.
	private static final CnnShape SHAPE = new CnnShape(2, 9, 7, new int[] { 3, 4, 5 }, 3);
	// Pooling rows: the last block is 3 rows of 2 columns, so each filter gives two features of three values.
	private static final CnnShape ROWS = new CnnShape(2, 13, 11, new int[] { 3, 4, 5 }, 3, CnnShape.Pooling.ROWS);

	static Stream<CnnShape> shapes() {
		return Stream.of(SHAPE, ROWS);
	}

	@ParameterizedTest
	@MethodSource("shapes")
	void everyGradientMatchesTheFiniteDifferenceOfTheLoss(CnnShape shape) {
		SplittableRandom random = new SplittableRandom(5);
		float[][] parameters = CnnPass.zeros(shape);
		for (float[] array : parameters) {
			for (int i = 0; i < array.length; i++) {
				array[i] = (float) (random.nextDouble() - 0.5);
			}
		}
		float[] input = new float[shape.inputSize()];
		Random values = new Random(6);
		for (int i = 0; i < input.length; i++) {
			input[i] = (float) values.nextGaussian();
		}
		int label = 2;
		CnnPass pass = new CnnPass(shape);
		float[][] gradients = CnnPass.zeros(shape);
		pass.forward(parameters, input);
		pass.backward(parameters, label, gradients);

		int checked = 0;
		for (int p = 0; p < parameters.length; p++) {
			for (int i = 0; i < parameters[p].length; i++) {
				float original = parameters[p][i];
				// Small enough that no ReLU or max-pool winner flips between the two probes.
				double step = 3e-4;
				parameters[p][i] = (float) (original + step);
				double up = loss(pass, parameters, input, label);
				parameters[p][i] = (float) (original - step);
				double down = loss(pass, parameters, input, label);
				parameters[p][i] = original;
				double numeric = (up - down) / (2 * step);
				assertEquals(numeric, gradients[p][i], 2e-3 + 2e-2 * Math.abs(numeric), "array " + p + " index " + i);
				checked++;
			}
		}
		assertEquals(shape.parameterCount(), checked);
	}

	@Test
	void countsWhatItComputes() {
		assertEquals(3 * 2 * 9 + 3 + 4 * 3 * 9 + 4 + 5 * 4 * 9 + 5 + 5 * 3 + 3, SHAPE.parameterCount());
		assertEquals(4, SHAPE.heightOf(1));
		assertEquals(1, SHAPE.widthOf(2));
		assertEquals(5 * 2, ROWS.features());
		assertEquals(3 * 2 * 9 + 3 + 4 * 3 * 9 + 4 + 5 * 4 * 9 + 5 + 10 * 3 + 3, ROWS.parameterCount());
	}

	private static double loss(CnnPass pass, float[][] parameters, float[] input, int label) {
		return ClassificationMetrics.crossEntropy(pass.forward(parameters, input), label);
	}
}
