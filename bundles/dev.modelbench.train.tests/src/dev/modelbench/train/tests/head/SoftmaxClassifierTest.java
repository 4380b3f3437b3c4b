package dev.modelbench.train.tests.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.head.DenseLayer;
import dev.modelbench.train.head.DenseLayer.Activation;
import dev.modelbench.train.head.FeatureStandardization;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.head.SoftmaxClassifier;

class SoftmaxClassifierTest {

	/** 2 features -> 3 hidden (ReLU) -> 2 classes, with hand-picked weights. */
	private static final SoftmaxClassifier HEAD = new SoftmaxClassifier(List.of("cat", "dog"),
			new FeatureStandardization(new float[] { 1, 2 }, new float[] { 0.5f, 1 }),
			List.of(new DenseLayer(2, 3, new float[] { 1, -1, 0, 2, 1, -1 }, new float[] { 0, 0, 1 }, Activation.RELU),
					new DenseLayer(3, 2, new float[] { 1, 0, 0, 1, 1, 1 }, new float[] { 0.5f, 0 }, Activation.NONE)));

	@Test
	void logitsFollowStandardisationAndRowMajorInputsByOutputsWeights() {
		// standardised: ((3-1)*0.5, (4-2)*1) = (1, 2)
		// hidden = relu((1,2) . [[1,-1,0],[2,1,-1]] + (0,0,1)) = relu(5, 1, -1) = (5, 1, 0)
		// logits = (5,1,0) . [[1,0],[0,1],[1,1]] + (0.5, 0) = (5.5, 1)
		assertArrayEquals(new float[] { 5.5f, 1f }, HEAD.logits(new float[] { 3, 4 }));
	}

	@Test
	void probabilitiesAreTheSoftmaxOfTheLogits() {
		float[] p = HEAD.probabilities(new float[] { 3, 4 });

		assertEquals(1 / (1 + Math.exp(-4.5)), p[0], 1e-7);
		assertEquals(1.0, p[0] + p[1], 1e-6);
	}

	@Test
	void aPredictionNamesTheMostProbableClass() {
		Prediction prediction = HEAD.predict(new float[] { 3, 4 });

		assertEquals(0, prediction.classIndex());
		assertEquals("cat", prediction.label());
		assertEquals(prediction.probabilities()[0], prediction.confidence());
	}

	@Test
	void theExposedArraysComputeTheSameLogitsAsAnOnnxGemmChainWould() {
		float[] x = HEAD.standardization().apply(new float[] { 0.3f, -2 });
		for (DenseLayer layer : HEAD.layers()) {
			x = gemm(x, layer.weights(), layer.bias(), (int) layer.weightShape()[0], (int) layer.weightShape()[1],
					layer.activation() == Activation.RELU);
		}

		assertArrayEquals(HEAD.logits(new float[] { 0.3f, -2 }), x);
	}

	@Test
	void layersThatDoNotChainAreAProgrammingError() {
		DenseLayer wrongWidth = new DenseLayer(3, 2, new float[6], new float[2], Activation.NONE);

		assertThrows(IllegalArgumentException.class, () -> new SoftmaxClassifier(List.of("a", "b"),
				new FeatureStandardization(new float[2], new float[] { 1, 1 }), List.of(wrongWidth)));
	}

	@Test
	void theStandardisationLeavesConstantFeaturesCentredButUnscaled() {
		FeatureStandardization fitted = FeatureStandardization.fit(new float[][] { { 1, 5 }, { 3, 5 } });

		assertArrayEquals(new float[] { 2, 5 }, fitted.mean());
		assertArrayEquals(new float[] { 1, 1 }, fitted.inverseStd());
		assertArrayEquals(new float[] { 1, 0 }, fitted.apply(new float[] { 3, 5 }));
	}

	/** Y = X W + B with W [inputs, outputs] row-major (ONNX Gemm, transB = 0), then an optional Relu. */
	private static float[] gemm(float[] x, float[] w, float[] b, int inputs, int outputs, boolean relu) {
		float[] y = b.clone();
		for (int i = 0; i < inputs; i++) {
			for (int j = 0; j < outputs; j++) {
				y[j] += x[i] * w[i * outputs + j];
			}
		}
		if (relu) {
			for (int j = 0; j < outputs; j++) {
				y[j] = Math.max(0, y[j]);
			}
		}
		return y;
	}
}
