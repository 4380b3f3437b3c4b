package dev.modelbench.train.tests.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.ImageFormatFiles;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.imagecnn.ImageCnn;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.tests.fixtures.DigitsProject;
import dev.modelbench.train.tests.fixtures.RecordingListener;

/**
 * WebP and CMYK JPEG samples go the whole way: imported into a project beside PNGs, trained on,
 * and predicted from the file, as the JDK alone could not (it has no WebP reader and refuses CMYK).
 */
class ImageFormatsTrainingTest {

	private static final Map<String, String> CLASS_OF_FILE = Map.of(ImageFormatFiles.RED_LEFT_WEBP, "red-left",
			ImageFormatFiles.RED_LEFT_LOSSLESS_WEBP, "red-left", ImageFormatFiles.RED_LEFT_CMYK_JPEG, "red-left",
			ImageFormatFiles.BLUE_LEFT_WEBP, "blue-left", ImageFormatFiles.BLUE_LEFT_CMYK_JPEG, "blue-left");

	@TempDir
	Path temp;

	@Test
	void webpAndCmykJpegSamplesAreImportedTrainedOnAndPredicted() throws Exception {
		Path dataset = temp.resolve("dataset");
		for (Map.Entry<String, String> file : CLASS_OF_FILE.entrySet()) {
			ImageFormatFiles.copy(file.getKey(), dataset.resolve(file.getValue()).resolve(file.getKey()));
		}
		Random random = new Random(7);
		for (int n = 0; n < 12; n++) {
			ImageIO.write(halves(true, random), "png", Files.createDirectories(dataset.resolve("red-left")).resolve(n + ".png").toFile());
			ImageIO.write(halves(false, random), "png", Files.createDirectories(dataset.resolve("blue-left")).resolve(n + ".png").toFile());
		}
		Path project = temp.resolve("project");
		ModelProjectFolder.create(project, TaskKind.IMAGE_CLASSIFICATION);
		ImportReport report;
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			report = new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(), new NullProgressMonitor());
		}
		assertEquals(List.of(), report.skippedFiles());
		assertEquals(29, report.sampleCount());

		SampleSet samples = DigitsProject.samples(project);
		TrainingOutcome<TrainedModel> outcome = ProjectTraining.train(project, samples, new ImageCnn(),
				TrainingOptions.defaults(), new RecordingListener(), new NullProgressMonitor());
		try {
			for (Map.Entry<String, String> file : CLASS_OF_FILE.entrySet()) {
				Path imported = samples.samples().stream().map(sample -> sample.file())
						.filter(path -> path.getFileName().toString().equals(file.getKey())).findFirst().orElseThrow();
				assertEquals(file.getValue(), outcome.model().predict(imported).label(), file.getKey());
			}
		} finally {
			outcome.model().close();
		}
		assertTrue(outcome.report().finalAccuracy() >= 0.9, "accuracy " + outcome.report().finalAccuracy());
	}

	/** 64 × 32 pixels, one half red and the other blue, the border a few pixels off the middle, with noise. */
	private static BufferedImage halves(boolean redLeft, Random random) {
		BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
		int border = 32 + random.nextInt(9) - 4;
		for (int y = 0; y < 32; y++) {
			for (int x = 0; x < 64; x++) {
				boolean red = (x < border) == redLeft;
				int noise = random.nextInt(60);
				image.setRGB(x, y, red ? (255 - noise) << 16 | noise << 8 | noise : noise << 16 | noise << 8 | (255 - noise));
			}
		}
		return image;
	}
}
