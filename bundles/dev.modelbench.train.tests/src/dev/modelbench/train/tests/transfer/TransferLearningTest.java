package dev.modelbench.train.tests.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Split;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.image.ImageAugmentation;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.train.tests.fixtures.DigitsProject;
import dev.modelbench.train.tests.fixtures.RecordingListener;
import dev.modelbench.train.transfer.FeatureExtractor;
import dev.modelbench.train.transfer.TransferLearning;

/** Transfer learning on real handwritten digits, end to end: features, head, kept model, reload. */
class TransferLearningTest {

	private static final TrainingOptions OPTIONS = TrainingOptions.defaults().withEpochs(8);

	@TempDir
	static Path temp;

	private static Path project;
	private static SampleSet samples;
	private static RecordingListener epochs = new RecordingListener();
	private static TrainingOutcome<TrainedModel> outcome;

	@BeforeAll
	static void trainOnce() throws Exception {
		project = DigitsProject.create(temp.resolve("digits"));
		samples = DigitsProject.samples(project);
		outcome = ProjectTraining.train(project, samples, new TransferLearning(), OPTIONS, epochs,
				new NullProgressMonitor());
	}

	@AfterAll
	static void closeModel() {
		outcome.model().close();
	}

	@Test
	void learnsHandwrittenDigitsFromTwentyOneImagesPerClass() {
		assertEquals(21, samples.of(Split.TRAIN).stream().filter(s -> s.label() == 0).count());
		assertTrue(outcome.report().finalAccuracy() >= 0.85, "accuracy " + outcome.report().finalAccuracy());
		assertEquals(TransferLearning.ID, outcome.report().modelKind());
		assertFalse(outcome.cancelled());
		assertTrue(outcome.report().timingsSeconds().containsKey(TransferLearning.EXTRACTION_TIMING));
	}

	@Test
	void publishesEveryEpochWithFallingTrainingLoss() {
		List<EpochResult> results = epochs.results();
		assertEquals(OPTIONS.epochs(), results.size());
		for (int i = 0; i < results.size(); i++) {
			assertEquals(i + 1, results.get(i).epoch());
			assertEquals(3, results.get(i).k(), "top-k is min(5, classes)");
			assertTrue(results.get(i).validationLoss() > 0);
		}
		assertTrue(results.getLast().trainLoss() < results.getFirst().trainLoss(), results.toString());
	}

	@Test
	void predictingAFileAgreesWithTheScoresOfTraining() throws Exception {
		Set<String> mistakes = outcome.report().misclassified().stream().map(Misclassification::sampleId)
				.collect(Collectors.toSet());
		for (LabeledSample sample : samples.of(Split.VALIDATION)) {
			Prediction prediction = outcome.model().predict(sample.file());
			assertEquals(!mistakes.contains(sample.id()), prediction.classIndex() == sample.label(), sample.id());
			assertEquals(1.0, sum(prediction.probabilities()), 1e-5);
		}
	}

	@Test
	void theKeptModelLoadsBackAndPredictsExactlyTheSame() throws Exception {
		try (TrainedModel loaded = TrainedModelStore.load(project)) {
			assertEquals(outcome.model().classNames(), loaded.classNames());
			for (LabeledSample sample : samples.of(Split.VALIDATION)) {
				assertArrayEquals(outcome.model().predict(sample.file()).probabilities(),
						loaded.predict(sample.file()).probabilities(), sample.id());
			}
		}
		assertTrue(Files.isRegularFile(TrainedModelStore.reportFile(project)));
	}

	@Test
	void aModelTrainedOnTheEarlierBlock10ExtractorStillLoadsAndPredictsTheSame() throws Exception {
		Path file = temp.resolve("block10.mbmodel");
		TrainingOutcome<TrainedModel> earlier = new TransferLearning(
				() -> FeatureExtractor.open(FeatureExtractor.BLOCK_10), ImageAugmentation.NONE)
				.train(request(samples, OPTIONS.withEpochs(2)), new RecordingListener(), new NullProgressMonitor());
		try (TrainedModel model = earlier.model()) {
			ModelArchive.of(model).save(file);
			try (TrainedModel loaded = new TransferLearning().read(ModelArchive.load(file))) {
				assertTrue(loaded.description().startsWith(FeatureExtractor.BLOCK_10), loaded.description());
				for (LabeledSample sample : samples.of(Split.VALIDATION)) {
					assertArrayEquals(model.predict(sample.file()).probabilities(),
							loaded.predict(sample.file()).probabilities(), sample.id());
				}
			}
		}
	}

	@Test
	void theSameSeedAndSamplesGiveTheSameModel() throws Exception {
		TrainingOutcome<TrainedModel> again = new TransferLearning().train(request(samples, OPTIONS),
				new RecordingListener(), new NullProgressMonitor());
		try (TrainedModel model = again.model()) {
			assertArrayEquals(ModelArchive.of(outcome.model()).entry("head.mbhead"),
					ModelArchive.of(model).entry("head.mbhead"));
		}
	}

	@Test
	void augmentedVariantsAreReproducibleAndCountAsTheirSamples() throws Exception {
		TrainingOptions augmenting = OPTIONS.withEpochs(3).withAugmentation(true);
		byte[][] heads = new byte[2][];
		for (int run = 0; run < 2; run++) {
			TrainingOutcome<TrainedModel> augmented = new TransferLearning(
					() -> FeatureExtractor.open(FeatureExtractor.DEFAULT), ImageAugmentation.DEFAULT)
					.train(request(samples, augmenting), new RecordingListener(), new NullProgressMonitor());
			try (TrainedModel model = augmented.model()) {
				assertEquals(samples.of(Split.TRAIN).size(), augmented.report().trainingSamples());
				heads[run] = ModelArchive.of(model).entry("head.mbhead");
			}
		}
		assertArrayEquals(heads[0], heads[1], "the same seed gives the same variants");
	}

	@Test
	void theDefaultAddsClipArtCopiesOfColourTrainingImagesAndNoneOfGreyOnes() throws Exception {
		TrainingOptions options = OPTIONS.withEpochs(3);
		SampleSet tinted = tinted(samples, temp.resolve("tinted"));

		byte[] grey = head(withoutClipArt(), samples, options);
		byte[] greyWithCopies = head(new TransferLearning(), samples, options);
		byte[] colour = head(withoutClipArt(), tinted, options);
		TrainingOutcome<TrainedModel> colourWithCopies = new TransferLearning().train(request(tinted, options),
				new RecordingListener(), new NullProgressMonitor());
		try (TrainedModel model = colourWithCopies.model()) {
			assertArrayEquals(grey, greyWithCopies, "grey images get no copy");
			assertFalse(Arrays.equals(colour, ModelArchive.of(model).entry("head.mbhead")), "colour images get one");
			assertEquals(tinted.of(Split.TRAIN).size(), colourWithCopies.report().trainingSamples(),
					"a copy counts as its sample");
		}
	}

	private static TransferLearning withoutClipArt() {
		return new TransferLearning(() -> FeatureExtractor.open(FeatureExtractor.DEFAULT), ImageAugmentation.NONE);
	}

	private static byte[] head(TransferLearning kind, SampleSet set, TrainingOptions options) throws Exception {
		try (TrainedModel model = kind.train(request(set, options), new RecordingListener(), new NullProgressMonitor())
				.model()) {
			return ModelArchive.of(model).entry("head.mbhead");
		}
	}

	/** The same samples with their grey levels turned into shades of orange, as PNG files in {@code folder}. */
	private static SampleSet tinted(SampleSet set, Path folder) throws Exception {
		Files.createDirectories(folder);
		List<LabeledSample> colour = new ArrayList<>();
		for (LabeledSample sample : set.samples()) {
			BufferedImage image = ImageIO.read(sample.file().toFile());
			BufferedImage tinted = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int level = image.getRGB(x, y) & 0xFF;
					tinted.setRGB(x, y, 0xFF << 16 | (level * 3 / 4) << 8 | level / 4);
				}
			}
			Path file = folder.resolve(colour.size() + ".png");
			ImageIO.write(tinted, "png", file.toFile());
			colour.add(new LabeledSample(file, sample.id(), sample.label(), sample.split()));
		}
		return new SampleSet(set.classNames(), colour);
	}

	@Test
	void theDefaultTrainsOnTheImagesAsTheyAreAndSaysSo() {
		assertTrue(outcome.report().notes().stream().anyMatch(note -> note.contains("augmentation")),
				outcome.report().notes().toString());
	}

	@Test
	void cancellingAfterAnEpochKeepsAUsableModelOfTheFinishedEpochs() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		RecordingListener cancelling = new RecordingListener(monitor, 2);
		TrainingOutcome<TrainedModel> cancelled = new TransferLearning().train(request(samples, OPTIONS), cancelling,
				monitor);
		try (TrainedModel model = cancelled.model()) {
			assertTrue(cancelled.cancelled());
			assertEquals(2, cancelled.report().epochs().size());
			LabeledSample first = samples.of(Split.VALIDATION).getFirst();
			assertEquals(samples.classNames().size(), model.predict(first.file()).probabilities().length);
		}
	}

	@Test
	void cancellingBeforeAnyEpochFinishedLeavesTheKeptModelAsItWas() throws Exception {
		Path kept = TrainedModelStore.modelFile(project);
		byte[] before = Files.readAllBytes(kept);

		assertThrows(OperationCanceledException.class, () -> ProjectTraining.train(project, samples,
				new TransferLearning(), OPTIONS, new RecordingListener(), new CancelAtCheck(3)));

		assertArrayEquals(before, Files.readAllBytes(kept));
	}

	@Test
	void aProjectRunCancelledAfterTwoEpochsSavesTheBestOfThemAsTheProjectsModel() throws Exception {
		Path other = DigitsProject.create(temp.resolve("digits-cancelled"));
		NullProgressMonitor monitor = new NullProgressMonitor();

		TrainingOutcome<TrainedModel> cancelled = ProjectTraining.train(other, DigitsProject.samples(other),
				new TransferLearning(), OPTIONS, new RecordingListener(monitor, 2), monitor);
		cancelled.model().close();

		assertTrue(cancelled.cancelled());
		assertEquals(2, cancelled.report().epochs().size());
		try (TrainedModel saved = TrainedModelStore.load(other)) {
			assertEquals(samples.classNames(), saved.classNames());
		}
	}

	@Test
	void aCacheFolderOutsideTheProjectKeepsTheCachesAndTheProjectGetsNone() throws Exception {
		Path other = DigitsProject.create(temp.resolve("digits-elsewhere"));
		Path caches = temp.resolve("lab-caches");

		TrainingOutcome<TrainedModel> trained = ProjectTraining.train(other, caches, DigitsProject.samples(other),
				new TransferLearning(), OPTIONS.withEpochs(1), new RecordingListener(), new NullProgressMonitor());
		trained.model().close();

		assertTrue(Files.exists(TrainedModelStore.modelFile(other)));
		assertFalse(Files.exists(TrainedModelStore.cacheFolder(other)));
		try (var cached = Files.list(caches)) {
			assertTrue(cached.findAny().isPresent(), "the features are cached in " + caches);
		}
	}

	@Test
	void aCorruptImageIsReportedAndSkippedNotFatal() throws Exception {
		Path damaged = SampleFiles.truncate(SampleFiles.noisyImage(temp.resolve("damaged.jpg"), "jpg"), 0.4);
		List<LabeledSample> withDamage = new ArrayList<>(samples.samples());
		withDamage.add(new LabeledSample(damaged, "data/zero/damaged.jpg", 0, Split.TRAIN));

		TrainingOutcome<TrainedModel> trained = new TransferLearning().train(
				request(new SampleSet(samples.classNames(), withDamage), OPTIONS.withEpochs(2)), new RecordingListener(),
				new NullProgressMonitor());
		try (TrainedModel model = trained.model()) {
			assertEquals(samples.of(Split.TRAIN).size(), trained.report().trainingSamples());
			assertTrue(trained.report().notes().stream().anyMatch(
					note -> note.contains("data/zero/damaged.jpg") && note.contains("damaged image")),
					trained.report().notes().toString());
		}
	}

	@Test
	void aClassWithoutImagesIsRefusedByName() {
		List<String> classes = new ArrayList<>(samples.classNames());
		classes.add("Empty class");
		SampleSet withEmpty = new SampleSet(classes, samples.samples());

		TrainingRefusedException refusal = assertThrows(TrainingRefusedException.class,
				() -> new TransferLearning().train(request(withEmpty, OPTIONS), new RecordingListener(),
						new NullProgressMonitor()));

		assertTrue(refusal.getMessage().contains("\"Empty class\" has no training samples"), refusal.getMessage());
	}

	private static TrainingRequest request(SampleSet set, TrainingOptions options) {
		return new TrainingRequest(set, options, TrainedModelStore.cacheFolder(project));
	}

	private static double sum(float[] values) {
		double sum = 0;
		for (float value : values) {
			sum += value;
		}
		return sum;
	}
}
