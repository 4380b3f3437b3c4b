package dev.modelbench.train.tests.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.modelbench.core.model.Split;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.onnx.OnnxSessions;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.tests.fixtures.DigitsProject;
import dev.modelbench.train.tests.fixtures.ExportedImageModel;
import dev.modelbench.train.tests.fixtures.RecordingListener;
import dev.modelbench.train.transfer.TransferLearning;

/** The exported ONNX, run by ONNX Runtime on its own, gives what Model Bench predicts. */
class TransferOnnxExportTest {

	@TempDir
	static Path temp;

	private static SampleSet samples;
	private static TrainedModel model;
	private static List<Path> exported;

	@BeforeAll
	static void trainAndExport() throws Exception {
		Path project = DigitsProject.create(temp.resolve("digits"));
		samples = DigitsProject.samples(project);
		// A hidden layer too, so the export of ReLU layers is checked as well.
		model = ProjectTraining.train(project, samples, new TransferLearning(),
				TrainingOptions.defaults().withEpochs(5).withHiddenUnits(16), new RecordingListener(),
				new NullProgressMonitor()).model();
		exported = model.export("onnx", temp.resolve("export"), "digits");
	}

	@AfterAll
	static void closeModel() {
		model.close();
	}

	@Test
	void writesTheModelAndTheUnihikerDescription() throws Exception {
		assertEquals(List.of(temp.resolve("export/model.onnx"), temp.resolve("export/model.yaml")), exported);
		String yaml = Files.readString(exported.get(1));
		assertTrue(yaml.contains("model_name: \"digits\"\n"), yaml);
		assertTrue(yaml.contains("class_names: [\"one\", \"seven\", \"zero\"]\n"), yaml);
		assertTrue(yaml.contains("imgsz: 224\n"), yaml);
	}

	@Test
	void onnxRuntimeGivesTheSameTopClassAndProbabilitiesOnEveryValidationImage() throws Exception {
		try (ExportedImageModel onnx = new ExportedImageModel(exported.get(0))) {
			for (LabeledSample sample : samples.of(Split.VALIDATION)) {
				float[] probabilities = onnx.probabilities(sample.file());
				Prediction java = model.predict(sample.file());
				assertEquals(java.classIndex(), ClassificationMetrics.argmax(probabilities), sample.id());
				for (int c = 0; c < probabilities.length; c++) {
					assertEquals(java.probabilities()[c], probabilities[c], 1e-4, sample.id() + " class " + c);
				}
			}
		}
	}

	@Test
	void theModelDescribesItsInputOutputAndClasses() throws Exception {
		try (OrtSession session = OnnxSessions.environment().createSession(exported.get(0).toString())) {
			assertEquals(List.of("images"), List.copyOf(session.getInputNames()));
			assertEquals(List.of("output0"), List.copyOf(session.getOutputNames()));
			long[] inputShape = ((TensorInfo) session.getInputInfo().get("images").getInfo()).getShape();
			assertArrayEquals(new long[] { -1, 3, 224, 224 }, inputShape);
			Map<String, String> metadata = session.getMetadata().getCustomMetadata();
			assertEquals("[\"one\", \"seven\", \"zero\"]", metadata.get("modelbench.labels"));
			assertEquals("{0: \"one\", 1: \"seven\", 2: \"zero\"}", metadata.get("names"));
			assertEquals("classify", metadata.get("task"));
			assertTrue(metadata.get("modelbench.preprocessing").contains("224 x 224"), metadata.toString());
			assertTrue(metadata.get("backbone.modelbench.license").contains("MIT"), metadata.toString());
		}
	}
}
