package dev.modelbench.train.tests.imagecnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.TensorInfo;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.imagecnn.ImageCnn;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.train.tests.fixtures.DigitsProject;
import dev.modelbench.train.tests.fixtures.ExportedImageModel;
import dev.modelbench.train.tests.fixtures.RecordingListener;

/**
 * The image CNN trained from scratch on real handwritten digits, end to end: augmented training,
 * kept model, reload, repeatability, cancel, and the ONNX export run by ONNX Runtime on its own.
 */
class ImageCnnTest {

	private static final TrainingOptions OPTIONS = TrainingOptions.defaults();

	@TempDir
	static Path temp;

	private static Path project;
	private static SampleSet samples;
	private static RecordingListener epochs = new RecordingListener();
	private static TrainingOutcome<TrainedModel> outcome;
	private static List<Path> exported;

	@BeforeAll
	static void trainAndExportOnce() throws Exception {
		project = DigitsProject.create(temp.resolve("digits"));
		samples = DigitsProject.samples(project);
		outcome = ProjectTraining.train(project, samples, new ImageCnn(), OPTIONS, epochs, new NullProgressMonitor());
		exported = outcome.model().export("onnx", temp.resolve("export"), "digits");
	}

	@AfterAll
	static void closeModel() {
		outcome.model().close();
	}

	@Test
	void learnsHandwrittenDigitsFromTwentyOneImagesPerClass() {
		assertTrue(outcome.report().finalAccuracy() >= 0.85, "accuracy " + outcome.report().finalAccuracy());
		assertEquals(ImageCnn.ID, outcome.report().modelKind());
		assertTrue(outcome.report().architecture().contains("3x32x32 -> conv 16, 32, 64 -> 3"),
				outcome.report().architecture());
		assertEquals(samples.of(Split.TRAIN).size(), outcome.report().trainingSamples(), "variants are not samples");
		assertFalse(outcome.cancelled());
		assertTrue(outcome.report().timingsSeconds().containsKey(ImageCnn.READING_TIMING));
		assertInstanceOf(ImageClassifier.class, outcome.model());
	}

	@Test
	void publishesEveryEpochWithFallingTrainingLoss() {
		List<EpochResult> results = epochs.results();
		assertEquals(OPTIONS.epochs(), results.size());
		for (int i = 0; i < results.size(); i++) {
			assertEquals(i + 1, results.get(i).epoch());
			assertTrue(results.get(i).validationLoss() > 0);
		}
		assertTrue(results.getLast().trainLoss() < results.getFirst().trainLoss(), results.toString());
		assertEquals(outcome.report().best(), results.get(outcome.report().bestEpoch() - 1));
	}

	@Test
	void predictingAFileAgreesWithTheScoresOfTraining() throws Exception {
		Set<String> mistakes = outcome.report().misclassified().stream().map(Misclassification::sampleId)
				.collect(Collectors.toSet());
		for (LabeledSample sample : samples.of(Split.VALIDATION)) {
			Prediction prediction = outcome.model().predict(sample.file());
			assertEquals(!mistakes.contains(sample.id()), prediction.classIndex() == sample.label(), sample.id());
		}
	}

	@Test
	void theKeptModelLoadsBackAndPredictsExactlyTheSame() throws Exception {
		try (TrainedModel loaded = TrainedModelStore.load(project)) {
			assertEquals(ImageCnn.ID, loaded.kindId());
			for (LabeledSample sample : samples.of(Split.VALIDATION)) {
				assertArrayEquals(outcome.model().predict(sample.file()).probabilities(),
						loaded.predict(sample.file()).probabilities(), sample.id());
			}
		}
	}

	@Test
	void theSameSeedAndSamplesGiveTheSameModelAndAnotherSeedAnother() throws Exception {
		TrainingOptions brief = OPTIONS.withEpochs(3);
		byte[] first = cnnOf(brief);
		assertArrayEquals(first, cnnOf(brief), "augmented variants included");
		assertFalse(Arrays.equals(first, cnnOf(brief.withSeed(7))));
	}

	@Test
	void cancellingAfterAnEpochKeepsAUsableModelOfTheFinishedEpochs() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainingOutcome<TrainedModel> cancelled = new ImageCnn().train(request(OPTIONS),
				new RecordingListener(monitor, 2), monitor);
		try (TrainedModel model = cancelled.model()) {
			assertTrue(cancelled.cancelled());
			assertEquals(2, cancelled.report().epochs().size());
			LabeledSample first = samples.of(Split.VALIDATION).getFirst();
			assertEquals(samples.classNames().size(), model.predict(first.file()).probabilities().length);
		}
	}

	@Test
	void cancellingBeforeAnyEpochFinishedLeavesTheKeptModelAsItWas() throws Exception {
		byte[] before = Files.readAllBytes(TrainedModelStore.modelFile(project));

		assertThrows(OperationCanceledException.class, () -> ProjectTraining.train(project, samples, new ImageCnn(),
				OPTIONS, new RecordingListener(), new CancelAtCheck(3)));

		assertArrayEquals(before, Files.readAllBytes(TrainedModelStore.modelFile(project)));
	}

	@Test
	void exportsTheModelTheUnihikerDescriptionAt32PixelsAndTheCnnForMicrocontrollers() throws Exception {
		assertEquals(List.of(temp.resolve("export/model.onnx"), temp.resolve("export/model.yaml"),
				temp.resolve("export/model.mbcnn")), exported);
		assertArrayEquals(ModelArchive.of(outcome.model()).entry("cnn.mbcnn"), Files.readAllBytes(exported.get(2)),
				"the microcontroller file is the trained CNN, byte for byte");
		String yaml = Files.readString(exported.get(1));
		assertTrue(yaml.contains("model_name: \"digits\"\n"), yaml);
		assertTrue(yaml.contains("class_names: [\"one\", \"seven\", \"zero\"]\n"), yaml);
		assertTrue(yaml.contains("imgsz: 32\n"), yaml);
	}

	@Test
	void onnxRuntimeGivesTheSameTopClassAndProbabilitiesOnEveryValidationImage() throws Exception {
		try (ExportedImageModel onnx = new ExportedImageModel(exported.get(0))) {
			for (LabeledSample sample : samples.of(Split.VALIDATION)) {
				float[] probabilities = onnx.probabilities(sample.file());
				Prediction java = outcome.model().predict(sample.file());
				assertEquals(java.classIndex(), ClassificationMetrics.argmax(probabilities), sample.id());
				for (int c = 0; c < probabilities.length; c++) {
					assertEquals(java.probabilities()[c], probabilities[c], 1e-4, sample.id() + " class " + c);
				}
			}
		}
	}

	@Test
	void theExportDescribesItsInputOutputAndClasses() throws Exception {
		try (ExportedImageModel onnx = new ExportedImageModel(exported.get(0))) {
			assertEquals(List.of("images"), List.copyOf(onnx.session().getInputNames()));
			assertEquals(List.of("output0"), List.copyOf(onnx.session().getOutputNames()));
			long[] inputShape = ((TensorInfo) onnx.session().getInputInfo().get("images").getInfo()).getShape();
			assertArrayEquals(new long[] { -1, 3, 32, 32 }, inputShape);
			Map<String, String> metadata = onnx.session().getMetadata().getCustomMetadata();
			assertEquals("[\"one\", \"seven\", \"zero\"]", metadata.get("modelbench.labels"));
			assertEquals("{0: \"one\", 1: \"seven\", 2: \"zero\"}", metadata.get("names"));
			assertEquals("cnn", metadata.get("modelbench.model_kind"));
			assertEquals("[32, 32]", metadata.get("imgsz"));
		}
	}

	private static byte[] cnnOf(TrainingOptions options) throws Exception {
		try (TrainedModel model = new ImageCnn().train(request(options), new RecordingListener(),
				new NullProgressMonitor()).model()) {
			return ModelArchive.of(model).entry("cnn.mbcnn");
		}
	}

	private static TrainingRequest request(TrainingOptions options) {
		return new TrainingRequest(samples, options, TrainedModelStore.cacheFolder(project));
	}
}
