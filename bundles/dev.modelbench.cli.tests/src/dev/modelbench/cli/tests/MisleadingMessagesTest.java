package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.tests.fixtures.LockedFolder;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;

/** Messages that must say what is wrong, not something near it (issue 24, case 8). */
class MisleadingMessagesTest {

	@TempDir
	static Path temp;

	private static Path digitsZip;

	@BeforeAll
	static void importAndTrain() throws Exception {
		digitsZip = Files.copy(SampleDataset.QUICK_START.copyToTemporaryFile(), temp.resolve("digits.zip"));
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "digits").exitCode());
		CommandLineRun train = CommandLineRun.of("train", "--project", "digits", "--model", "cnn", "--epochs", "1");
		assertEquals(0, train.exitCode(), train.err());
	}

	@AfterAll
	static void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void exportOutThatIsAFileSaysItIsAFileAndLeavesItAlone() throws Exception {
		Path file = Files.writeString(temp.resolve("notes.txt"), "keep me");

		CommandLineRun run = CommandLineRun.of("export", "--project", "digits", "--out", file.toString());

		assertEquals(1, run.exitCode());
		assertEquals("modelbench: --out " + file + " is a file; name a folder to export into (it is made if missing)",
				run.err().strip());
		assertEquals("keep me", Files.readString(file));
	}

	@Test
	void predictOnAFolderSaysItIsAFolder() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("pictures"));

		CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", folder.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("is a folder; name the files in it to classify"), run.err());
		assertFalse(run.err().contains("no such file"), run.err());
	}

	@Test
	void trainingAnUnwritableProjectSaysWhichFolderAndWhy() throws Exception {
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "locked").exitCode());
		Path project = CommandLineRun.workspace().resolve("locked");
		byte[] modelFile = Files.readAllBytes(project.resolve("model.modelbench"));

		CommandLineRun run;
		try (LockedFolder locked = LockedFolder.lock(project)) {
			run = CommandLineRun.of("train", "--project", "locked", "--model", "cnn", "--epochs", "1");
		}

		assertEquals(1, run.exitCode());
		String message = run.err().strip();
		assertTrue(message.contains("folder " + project), message);
		assertTrue(message.matches("(?s).*(permission|not permitted).*"), message);
		assertFalse(message.contains(".tmp"), message);
		assertArrayEquals(modelFile, Files.readAllBytes(project.resolve("model.modelbench")));
	}
}
