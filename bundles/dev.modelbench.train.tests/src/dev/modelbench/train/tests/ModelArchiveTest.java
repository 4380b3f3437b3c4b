package dev.modelbench.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.TrainedModelException;

class ModelArchiveTest {

	@TempDir
	Path temp;

	@Test
	void savesAndLoadsTheKindAndEveryEntry() throws Exception {
		ModelArchive archive = new ModelArchive("transfer",
				Map.of("head.mbhead", new byte[] { 1, 2, 3 }, "notes.txt", "ok".getBytes(StandardCharsets.UTF_8)));
		Path file = temp.resolve("trained/model.mbmodel");

		archive.save(file);
		ModelArchive loaded = ModelArchive.load(file);

		assertEquals("transfer", loaded.kindId());
		assertArrayEquals(new byte[] { 1, 2, 3 }, loaded.entry("head.mbhead"));
		assertEquals(2, loaded.entries().size());
	}

	@Test
	void aDamagedFileIsRefusedWithAMessageThatSaysToTrainAgain() throws Exception {
		Path file = temp.resolve("model.mbmodel");
		byte[] weights = new byte[4000];
		new Random(1).nextBytes(weights); // incompressible, so cutting the file cuts into them
		new ModelArchive("transfer", Map.of("head.mbhead", weights)).save(file);
		SampleFiles.truncate(file, 0.5);

		TrainedModelException refusal = assertThrows(TrainedModelException.class, () -> ModelArchive.load(file));

		assertTrue(refusal.getMessage().contains("Train the model again"), refusal.getMessage());
	}

	@Test
	void aFileThatIsNoModelIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("model.mbmodel"), "hello");

		TrainedModelException refusal = assertThrows(TrainedModelException.class, () -> ModelArchive.load(file));

		assertTrue(refusal.getMessage().contains("not a trained Model Bench model"), refusal.getMessage());
	}

	@Test
	void aMissingEntryIsReportedAsDamage() throws Exception {
		ModelArchive archive = new ModelArchive("transfer", Map.of());

		TrainedModelException refusal = assertThrows(TrainedModelException.class, () -> archive.entry("head.mbhead"));

		assertTrue(refusal.getMessage().contains("head.mbhead"), refusal.getMessage());
	}
}
