package dev.modelbench.train.tests.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.head.HeadFile;
import dev.modelbench.train.head.HeadTrainer;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.train.tests.fixtures.GaussianBlobs;

class HeadFileTest {

	@TempDir
	Path folder;

	private static SoftmaxClassifier trainedHead(int hiddenUnits) throws Exception {
		TrainingData data = new GaussianBlobs(4, 24, 0.8, 11).data(10, 5);
		return new HeadTrainer().train(new TrainingData(List.of("cat", "dog", "Vögel", "fish \"quoted\""),
				data.training(), data.validation()), TrainingOptions.defaults().withEpochs(3).withHiddenUnits(hiddenUnits),
				EpochListener.NONE, new NullProgressMonitor()).model();
	}

	@Test
	void aSavedHeadGivesBitIdenticalProbabilities() throws Exception {
		for (int hidden : new int[] { 0, 8 }) {
			SoftmaxClassifier head = trainedHead(hidden);
			Path file = folder.resolve("head" + hidden + HeadFile.EXTENSION);

			HeadFile.save(head, file);
			SoftmaxClassifier loaded = HeadFile.load(file);

			assertEquals(head, loaded);
			assertEquals(head.classNames(), loaded.classNames());
			FeatureSet probes = new GaussianBlobs(4, 24, 0.8, 12).samples(5);
			for (float[] probe : probes.features()) {
				assertArrayEquals(head.probabilities(probe), loaded.probabilities(probe));
			}
		}
	}

	@Test
	void theFileIsCompact() throws Exception {
		SoftmaxClassifier head = trainedHead(0);

		// 4 classes x 24 features: 2 x 24 standardisation + 24 x 4 + 4 floats, names and a small header.
		int floats = 2 * 24 + 24 * 4 + 4;
		assertTrue(HeadFile.toBytes(head).length < 4 * floats + 100, HeadFile.toBytes(head).length + " bytes");
	}

	@Test
	void aDamagedFileIsReportedNotMisread() throws Exception {
		byte[] bytes = HeadFile.toBytes(trainedHead(0));
		bytes[bytes.length / 2] ^= 0x10;
		Path file = folder.resolve("damaged" + HeadFile.EXTENSION);
		Files.write(file, bytes);

		TrainedModelException e = assertThrows(TrainedModelException.class, () -> HeadFile.load(file));

		assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void aTruncatedFileIsReported() throws Exception {
		byte[] bytes = HeadFile.toBytes(trainedHead(0));
		byte[] truncated = Arrays.copyOf(bytes, bytes.length - 7);

		assertThrows(TrainedModelException.class, () -> HeadFile.read(new ByteArrayInputStream(truncated)));
	}

	@Test
	void anotherFileIsNotTakenForAHead() {
		TrainedModelException e = assertThrows(TrainedModelException.class,
				() -> HeadFile.fromBytes("PK\u0003\u0004 a zip file".getBytes(StandardCharsets.UTF_8)));

		assertEquals("The file is not a trained Model Bench classifier.", e.getMessage());
	}
}
