package dev.modelbench.train.tests.cnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnFile;
import dev.modelbench.train.cnn.CnnOnnxGraph;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.cnn.CnnTrainer;
import dev.modelbench.train.cnn.InputStandardization;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.OnnxSessions;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.OperatorSetIdProto;
import dev.modelbench.train.tests.fixtures.RecordingListener;
import dev.modelbench.train.tests.fixtures.StripeImages;

/** The plain-Java CNN learns, repeats itself, saves exactly and exports to ONNX exactly. */
class CnnTrainerTest {

	private static final int SIZE = 16;
	private static final CnnShape SHAPE = new CnnShape(1, SIZE, SIZE, new int[] { 4, 8 }, 2);
	private static final CnnShape ROWS = new CnnShape(1, SIZE, SIZE, new int[] { 4, 8 }, 2, CnnShape.Pooling.ROWS);
	private static final List<String> CLASSES = List.of("horizontal", "vertical");
	private static final FeatureSet TRAINING = StripeImages.of(96, SIZE, 1);
	private static final FeatureSet VALIDATION = StripeImages.of(40, SIZE, 2);
	private static final FeatureSet HELD_OUT = StripeImages.of(100, SIZE, 3);
	private static final TrainingOptions OPTIONS = TrainingOptions.defaults().withEpochs(8);

	private static TrainingOutcome<CnnClassifier> train(TrainingOptions options) throws Exception {
		return train(SHAPE, options);
	}

	private static TrainingOutcome<CnnClassifier> train(CnnShape shape, TrainingOptions options) throws Exception {
		return new CnnTrainer().train("cnn", shape, InputStandardization.Axis.CHANNEL,
				new CnnTrainer.Data(CLASSES, TRAINING, List.of(), VALIDATION), options, new RecordingListener(),
				new NullProgressMonitor());
	}

	@Test
	void learnsStripeOrientationFromAHundredImages() throws Exception {
		TrainingOutcome<CnnClassifier> outcome = train(OPTIONS);

		int correct = 0;
		for (int n = 0; n < HELD_OUT.size(); n++) {
			correct += outcome.model().predict(HELD_OUT.features()[n]).classIndex() == HELD_OUT.labels()[n] ? 1 : 0;
		}
		assertTrue(correct >= 90, correct + " of 100 held-out images right (chance: 50)");
		assertEquals(8, outcome.report().epochs().size());
		assertTrue(outcome.report().epochs().getLast().trainLoss() < outcome.report().epochs().getFirst().trainLoss());
	}

	@Test
	void theSameSeedGivesTheSameWeightsWhateverTheThreads() throws Exception {
		byte[] first = CnnFile.toBytes(train(OPTIONS.withEpochs(2)).model());
		byte[] second = CnnFile.toBytes(train(OPTIONS.withEpochs(2)).model());
		byte[] otherSeed = CnnFile.toBytes(train(OPTIONS.withEpochs(2).withSeed(7)).model());

		assertArrayEquals(first, second);
		assertFalse(java.util.Arrays.equals(first, otherSeed));
	}

	static Stream<CnnShape> poolings() {
		return Stream.of(SHAPE, ROWS);
	}

	@ParameterizedTest
	@MethodSource("poolings")
	void aSavedModelPredictsBitForBitTheSame(CnnShape shape) throws Exception {
		CnnClassifier model = train(shape, OPTIONS.withEpochs(2)).model();

		CnnClassifier loaded = CnnFile.fromBytes(CnnFile.toBytes(model));

		assertEquals(shape, loaded.shape());
		for (float[] image : HELD_OUT.features()) {
			assertArrayEquals(model.predict(image).probabilities(), loaded.predict(image).probabilities());
		}
	}

	@Test
	void aFileOfTheFirstFormatLoadsWithTheGlobalPool() throws Exception {
		CnnClassifier model = train(OPTIONS.withEpochs(1)).model();
		byte[] current = CnnFile.toBytes(model);
		// Version 1 is version 2 without the pooling after the classes (magic, version, 4 sizes, filters, classes).
		int pooling = 4 + 4 + 4 * 4 + 4 * SHAPE.blocks() + 4;
		ByteBuffer first = ByteBuffer.allocate(current.length - 4).order(ByteOrder.LITTLE_ENDIAN);
		first.put(current, 0, pooling).put(current, pooling + 4, current.length - pooling - 8);
		first.putInt(4, 1);
		CRC32 crc = new CRC32();
		crc.update(first.array(), 0, first.position());
		first.putInt((int) crc.getValue());

		CnnClassifier loaded = CnnFile.fromBytes(first.array());

		assertEquals(CnnShape.Pooling.GLOBAL, loaded.shape().pooling());
		float[] image = HELD_OUT.features()[0];
		assertArrayEquals(model.predict(image).probabilities(), loaded.predict(image).probabilities());
	}

	@Test
	void aDamagedFileIsRefused() throws Exception {
		byte[] bytes = CnnFile.toBytes(train(OPTIONS.withEpochs(1)).model());
		bytes[bytes.length / 3] ^= 1;

		TrainedModelException refusal = assertThrows(TrainedModelException.class, () -> CnnFile.fromBytes(bytes));

		assertTrue(refusal.getMessage().contains("damaged"), refusal.getMessage());
	}

	@ParameterizedTest
	@MethodSource("poolings")
	void onnxRuntimeGivesTheSameProbabilities(CnnShape shape) throws Exception {
		CnnClassifier model = train(shape, OPTIONS.withEpochs(3)).model();
		GraphProto.Builder graph = GraphProto.newBuilder().setName("cnn");
		graph.addInput(OnnxGraphs.floatValue("input", "batch", 1, SIZE, SIZE));
		CnnOnnxGraph.addTo(graph, "input", model, "probabilities");
		graph.addOutput(OnnxGraphs.floatValue("probabilities", "batch", 2));
		ModelProto onnx = ModelProto.newBuilder().setIrVersion(OnnxGraphs.IR_VERSION)
				.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxGraphs.OPSET))
				.setGraph(graph).build();
		OrtEnvironment environment = OnnxSessions.environment();
		try (OrtSession session = environment.createSession(onnx.toByteArray())) {
			for (float[] image : HELD_OUT.features()) {
				Prediction java = model.predict(image);
				try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(image),
						new long[] { 1, 1, SIZE, SIZE }); OrtSession.Result result = session.run(Map.of("input", input))) {
					float[] probabilities = ((float[][]) result.get(0).getValue())[0];
					for (int c = 0; c < 2; c++) {
						assertEquals(java.probabilities()[c], probabilities[c], 1e-5);
					}
				}
			}
		}
	}

	@Test
	void cancellingAfterAnEpochKeepsTheBestFinishedOne() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainingOutcome<CnnClassifier> outcome = new CnnTrainer().train("cnn", SHAPE, InputStandardization.Axis.CHANNEL,
				new CnnTrainer.Data(CLASSES, TRAINING, List.of(), VALIDATION), OPTIONS,
				new RecordingListener(monitor, 2), monitor);

		assertTrue(outcome.cancelled());
		assertEquals(2, outcome.report().epochs().size());
	}

	@Test
	void cancellingInTheFirstEpochKeepsNothing() {
		assertThrows(OperationCanceledException.class,
				() -> new CnnTrainer().train("cnn", SHAPE, InputStandardization.Axis.CHANNEL,
						new CnnTrainer.Data(CLASSES, TRAINING, List.of(), VALIDATION), OPTIONS, new RecordingListener(),
						new CancelAtCheck(2)));
	}
}
