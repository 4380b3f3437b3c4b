package dev.modelbench.train.tests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.LabeledDataset;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.ModelKind;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.image.ClipArtStyle;
import dev.modelbench.train.image.ImageAugmentation;
import dev.modelbench.train.imagecnn.ImageCnn;
import dev.modelbench.train.metrics.EvaluationReport;
import dev.modelbench.train.metrics.ModelEvaluation;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.transfer.FeatureExtractor;
import dev.modelbench.train.transfer.TransferLearning;

/**
 * The image benchmark: accuracy on held-out images, time from "Train" to a usable model (feature
 * extraction included, cold cache), milliseconds per prediction of one image file, and peak memory,
 * for each model on each dataset. Not a test (no *Test name): releng/benchmarks/README.md runs it
 * with the datasets it makes from Debian packages.
 */
class ImageBenchmark {

	/**
	 * Folder with fashion5/{labelled,test} and digits/{labelled,test} from MakeImageSets.java, and
	 * the colour sets drawings/ and icons/ from MakeColourSets.java.
	 */
	private static final String DATA = System.getProperty("modelbench.benchmark.images");
	/** The sets to run, those of them that DATA holds. */
	private static final List<String> SETS = List.of(
			System.getProperty("modelbench.benchmark.imageSets", "fashion5,digits,drawings,icons").split(","));
	/** Optional: the final-layer (1280-d) MobileNetV2 extractor, for Teachable Machine's recipe. */
	private static final String FINAL_LAYER = System.getProperty("modelbench.benchmark.finalLayer");
	/** Optional: another extractor made by the converter (e.g. --cut 10+13), under the default's head. */
	private static final String EXTRACTOR = System.getProperty("modelbench.benchmark.extractor");
	/** Optional: only the models whose names start with one of these (comma-separated). */
	private static final String MODELS = System.getProperty("modelbench.benchmark.models", "");
	private static final int SEEDS = Integer.getInteger("modelbench.benchmark.seeds", 1);

	@TempDir
	Path temp;

	private record Model(String name, Supplier<ModelKind> kind, TrainingOptions options) {
	}

	@Test
	void imageBenchmark() throws Exception {
		if (DATA == null) {
			throw new IllegalStateException("Set -Dmodelbench.benchmark.images=DIR (see releng/benchmarks/README.md)");
		}
		List<Model> models = new ArrayList<>();
		models.add(new Model("transfer (default)", TransferLearning::new, TrainingOptions.defaults()));
		// The random augmented variants the default leaves out (its extractor, no clip-art copies).
		models.add(new Model("transfer, 2 augmented copies", () -> new TransferLearning(
				() -> FeatureExtractor.open(FeatureExtractor.DEFAULT), ImageAugmentation.DEFAULT), TrainingOptions.defaults()));
		// Heads the colour sets asked about: a hidden ReLU layer on the default features.
		models.add(new Model("transfer, hidden 100", TransferLearning::new, TrainingOptions.defaults().withHiddenUnits(100)));
		models.add(new Model("transfer, hidden 100, 50 epochs", TransferLearning::new,
				TrainingOptions.defaults().withHiddenUnits(100).withEpochs(50)));
		// The default's two parts one at a time: its extractor without the clip-art copies, and the
		// earlier default's extractor (block 10 alone) without and with them.
		models.add(new Model("transfer, no clip-art copies", () -> new TransferLearning(
				() -> FeatureExtractor.open(FeatureExtractor.DEFAULT), ImageAugmentation.NONE), TrainingOptions.defaults()));
		models.add(new Model("block 10 alone (the earlier default)", () -> new TransferLearning(
				() -> FeatureExtractor.open(FeatureExtractor.BLOCK_10), ImageAugmentation.NONE), TrainingOptions.defaults()));
		models.add(new Model("block 10 + clip-art copies", () -> new TransferLearning(
				() -> FeatureExtractor.open(FeatureExtractor.BLOCK_10), ImageAugmentation.NONE, ClipArtStyle.BOLD),
				TrainingOptions.defaults()));
		models.add(new Model("cnn (augmentation on)", ImageCnn::new, TrainingOptions.defaults()));
		models.add(new Model("cnn, no augmentation", ImageCnn::new, TrainingOptions.defaults().withAugmentation(false)));
		if (EXTRACTOR != null) {
			models.add(new Model(Path.of(EXTRACTOR).getFileName() + ", default head", () -> new TransferLearning(
					() -> open(Path.of(EXTRACTOR)), ImageAugmentation.NONE), TrainingOptions.defaults()));
			models.add(new Model(Path.of(EXTRACTOR).getFileName() + " + clip-art copies", () -> new TransferLearning(
					() -> open(Path.of(EXTRACTOR)), ImageAugmentation.NONE, ClipArtStyle.BOLD), TrainingOptions.defaults()));
		}
		if (FINAL_LAYER != null) {
			// Teachable Machine's image recipe on the same backbone: the final 1280-d features, a dense
			// layer of 100 ReLU units, softmax; Adam 0.001, batch 16, 50 epochs, no augmentation.
			// The recipe's backbone under the default's head: which of the two makes the difference.
			models.add(new Model("final-layer features, default head", () -> new TransferLearning(
					() -> open(Path.of(FINAL_LAYER)), ImageAugmentation.NONE), TrainingOptions.defaults()));
			models.add(new Model("Teachable Machine recipe", () -> new TransferLearning(() -> open(Path.of(FINAL_LAYER)),
					ImageAugmentation.NONE), TrainingOptions.defaults().withHiddenUnits(100).withEpochs(50)
							.withAugmentation(false)));
		}
		if (!MODELS.isBlank()) {
			List<String> wanted = List.of(MODELS.split(","));
			models.removeIf(model -> wanted.stream().noneMatch(model.name()::startsWith));
		}
		System.out.println("| dataset | model | accuracy | train s | ms / prediction | peak MiB |");
		System.out.println("|---|---|---|---|---|---|");
		for (String dataset : SETS.stream().filter(set -> Files.isDirectory(Path.of(DATA, set, "test"))).toList()) {
			for (Model model : models) {
				List<Map<String, Double>> runs = new ArrayList<>();
				for (int seed = 0; seed < SEEDS; seed++) {
					runs.add(run(Path.of(DATA, dataset), model, 42 + seed));
				}
				System.out.println(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", dataset, model.name(),
						RunSummary.of(runs, "accuracy", "%.3f"), RunSummary.of(runs, "train", "%.1f"),
						RunSummary.of(runs, "ms", "%.1f"), RunSummary.of(runs, "peak", "%.0f")));
			}
		}
	}

	private Map<String, Double> run(Path dataset, Model model, long seed) throws Exception {
		Path project = ModelProjectFolder.create(Files.createTempDirectory(temp, "project"), TaskKind.IMAGE_CLASSIFICATION);
		SampleSet samples;
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			new DatasetImporter().importDataset(dataset.resolve("labelled"), document,
					ImportOptions.defaults().withSeed(seed), new NullProgressMonitor());
			samples = ProjectSamples.of(document.getModel(), project);
		}
		PeakMemory.reset();
		long start = System.nanoTime();
		TrainingOutcome<TrainedModel> outcome = model.kind().get().train(
				new TrainingRequest(samples, model.options().withSeed(seed), project.resolve(".cache")),
				EpochListener.NONE, new NullProgressMonitor());
		double trainSeconds = (System.nanoTime() - start) / 1e9;
		try (TrainedModel trained = outcome.model();
				LabeledDataset test = LabeledDataset.open(dataset.resolve("test"), TaskKind.IMAGE_CLASSIFICATION,
						ZipLimits.DEFAULT, new NullProgressMonitor())) {
			List<LabeledSample> testSamples = new ArrayList<>();
			for (LabeledDataset.LabeledFile file : test.files()) {
				testSamples.add(new LabeledSample(file.file(), file.relativeName(),
						trained.classNames().indexOf(file.className()), Split.VALIDATION));
			}
			EvaluationReport report = ModelEvaluation.evaluate(trained, testSamples, new NullProgressMonitor());
			Map<String, Double> result = new LinkedHashMap<>();
			result.put("accuracy", report.accuracy());
			result.put("train", trainSeconds);
			result.put("ms", 1000 * report.seconds() / report.evaluated());
			result.put("peak", (double) PeakMemory.mebibytes());
			return result;
		}
	}

	private static FeatureExtractor open(Path file) {
		try {
			return FeatureExtractor.open(file);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
