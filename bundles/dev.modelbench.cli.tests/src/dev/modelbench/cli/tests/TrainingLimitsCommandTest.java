package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;

/**
 * What train refuses and what it keeps: too many epochs, a training that diverges, and how much of
 * a long run the model file records. Each case keeps the project's trained model as it was.
 */
class TrainingLimitsCommandTest {

	@TempDir
	static Path temp;

	private static Path digitsZip;
	private static Path project;

	@BeforeAll
	static void importAndTrain() throws Exception {
		digitsZip = Files.copy(SampleDataset.QUICK_START.copyToTemporaryFile(), temp.resolve("digits.zip"));
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "limits").exitCode());
		CommandLineRun training = CommandLineRun.of("train", "--project", "limits", "--epochs", "3");
		assertEquals(0, training.exitCode(), training.err());
		project = CommandLineRun.workspace().resolve("limits");
	}

	@AfterAll
	static void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void moreEpochsThanTheMaximumAreRefusedBeforeAnythingChanges() throws Exception {
		Snapshot before = Snapshot.of(project);

		CommandLineRun million = CommandLineRun.of("train", "--project", "limits", "--epochs", "1000000");
		CommandLineRun wrapped = CommandLineRun.of("train", "--project", "limits", "--epochs", "4294967297");

		assertEquals(2, million.exitCode(), million.err());
		assertEquals("modelbench: The number of epochs must be from 1 to 1000; it is 1000000.", million.err().strip());
		assertEquals("", million.out());
		// 2^32 + 1 must not wrap round to 1 epoch.
		assertEquals(2, wrapped.exitCode(), wrapped.err());
		assertTrue(wrapped.err().contains("--epochs 4294967297 is out of range"), wrapped.err());
		before.assertUnchanged(project);
	}

	@Test
	void aLongRunRecordsAThinnedCurveInTheModelFileAndEveryEpochInItsReport() throws Exception {
		CommandLineRun run = CommandLineRun.of("train", "--project", "limits", "--epochs", "1000");

		assertEquals(0, run.exitCode(), run.err());
		String modelFile = Files.readString(project.resolve("model.modelbench"));
		String lastRun = modelFile.substring(modelFile.lastIndexOf("<runs "));
		List<Integer> recorded = epochNumbers(lastRun, Pattern.compile("<epochs epoch=\"(\\d+)\""));
		assertTrue(recorded.size() <= 200 && recorded.size() >= 150, recorded.size() + " epochs recorded");
		assertEquals(1, recorded.getFirst());
		assertEquals(1000, recorded.getLast());
		Matcher kept = Pattern.compile("kept epoch (\\d+)").matcher(run.out());
		assertTrue(kept.find(), run.out());
		assertTrue(recorded.contains(Integer.parseInt(kept.group(1))), "the best epoch " + kept.group(1));
		String report = Files.readString(project.resolve("trained/report.json"));
		assertEquals(1000, epochNumbers(report, Pattern.compile("\"epoch\": ?(\\d+)")).size(), "every epoch in the report");
	}

	@Test
	void aDivergedTrainingKeepsThePreviousModelAndSaysToLowerTheLearningRate() throws Exception {
		Snapshot before = Snapshot.of(project);

		CommandLineRun run = CommandLineRun.of("train", "--project", "limits", "--optimizer", "sgd", "--learning-rate",
				"1e20", "--epochs", "5");

		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().contains("diverged") && run.err().contains("learning rate is too high")
				&& run.err().contains("lower it"), run.err());
		assertFalse(run.out().contains("NaN"), "no epoch of NaN is reported as trained: " + run.out());
		assertFalse(run.out().contains("Saved the model"), run.out());
		before.assertUnchanged(project);
		Path seven;
		try (Stream<Path> files = Files.list(project.resolve("data/seven"))) {
			seven = files.sorted().findFirst().orElseThrow();
		}
		CommandLineRun predict = CommandLineRun.of("predict", "--project", "limits", seven.toString());
		assertEquals(0, predict.exitCode(), predict.err());
		assertTrue(predict.out().matches(Pattern.quote(seven.toString()) + "\t\\w+\t[01]\\.\\d{4}\\R"), predict.out());
	}

	private static List<Integer> epochNumbers(String text, Pattern pattern) {
		return pattern.matcher(text).results().map(match -> Integer.parseInt(match.group(1))).toList();
	}

	/** The files a refused or failed training must leave as they were. */
	private record Snapshot(byte[] model, byte[] report, String modelFile) {

		static Snapshot of(Path project) throws Exception {
			return new Snapshot(Files.readAllBytes(project.resolve("trained/model.mbmodel")),
					Files.readAllBytes(project.resolve("trained/report.json")),
					Files.readString(project.resolve("model.modelbench")));
		}

		void assertUnchanged(Path project) throws Exception {
			assertArrayEquals(model, Files.readAllBytes(project.resolve("trained/model.mbmodel")), "trained model");
			assertArrayEquals(report, Files.readAllBytes(project.resolve("trained/report.json")), "its report");
			assertEquals(modelFile, Files.readString(project.resolve("model.modelbench")), "model file");
		}
	}
}
