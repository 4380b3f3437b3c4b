package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;

/** import and the verbs after it, on what a careless or unlucky user hands them (issue 24, cases 4, 7, 9). */
class BadImportCommandsTest {

	@TempDir
	Path temp;

	@AfterEach
	void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void theImportAfterAKilledOneCleansUpAndWritesDataCircleAgain() throws Exception {
		assertEquals(0, CommandLineRun.of("import", DatasetFolder.at(temp.resolve("first")).pngs("square", 2).root()
				.toString(), "--project", "shapes").exitCode());
		Path project = CommandLineRun.workspace().resolve("shapes");
		// What kill -9 leaves half-way through moving files in: a process that is gone (id 2147483647
		// never runs), its staging folder and journal, files in data/ the model file does not list,
		// and a half-written model file.
		Path staging = Files.createDirectories(project.resolve(".modelbench-import-2147483647_0-1"));
		Files.writeString(staging.resolve("journal"),
				"folder data/circle\nfile data/circle/img00.png\nfile data/circle/img01.png\nfile data/circle/img02.png\n");
		SampleFiles.png(project.resolve("data/circle/img00.png"), 1);
		SampleFiles.png(project.resolve("data/circle/img01.png"), 2);
		SampleFiles.png(staging.resolve("circle/img02.png"), 3);
		Files.writeString(project.resolve(".model.modelbench.2147483647_0.k3.tmp"), "<?xml");

		CommandLineRun run = CommandLineRun.of("import",
				DatasetFolder.at(temp.resolve("second")).pngs("circle", 3).root().toString(), "--project", "shapes");

		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("circle", "square"), names(project.resolve("data")));
		assertEquals(List.of("img00.png", "img01.png", "img02.png"), names(project.resolve("data/circle")));
		assertEquals(List.of("data", "model.modelbench"), names(project).stream()
				.filter(name -> !name.equals(".project") && !name.equals(".settings")).toList(), "no staging, no .tmp");
		assertTrue(CommandLineRun.of("info", "--project", "shapes").out().contains("circle"));
	}

	@Test
	void classFoldersThatDifferOnlyInCaseAreRefusedAndNoProjectIsMade() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("Square", 2).pngs("square", 2).root();

		CommandLineRun run = CommandLineRun.of("import", dataset.toString(), "--project", "shapes");

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("The class folders Square/, square/ differ only in upper and lower case"),
				run.err());
		assertFalse(Files.exists(CommandLineRun.workspace().resolve("shapes")));
	}

	@Test
	void importSaysWhatHappenedToAHiddenAndALinkedClassFolder() throws Exception {
		Path elsewhere = DatasetFolder.at(temp.resolve("elsewhere")).pngs("squares", 2).root().resolve("squares");
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 2).pngs(".drafts", 2).root();
		Files.createSymbolicLink(dataset.resolve("square"), elsewhere);

		CommandLineRun run = CommandLineRun.of("import", dataset.toString(), "--project", "shapes");

		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Imported 4 sample(s) in 2 class(es)"), run.out());
		assertTrue(run.out().contains(".drafts/ was left out: its name starts with a dot"), run.out());
		assertTrue(run.out().contains("square/ is a link to the folder " + elsewhere.toRealPath()), run.out());
	}

	@Test
	void importingTheSameFilesTwiceSaysSoAndAddsNothing() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).pngs("square", 3).root();
		assertEquals(0, CommandLineRun.of("import", dataset.toString(), "--project", "shapes").exitCode());

		CommandLineRun again = CommandLineRun.of("import", dataset.toString(), "--project", "shapes");

		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("Imported 0 sample(s)"), again.out());
		assertTrue(again.out().contains("6 file(s) were left out because the project already has them"), again.out());
		assertEquals(3, names(CommandLineRun.workspace().resolve("shapes/data/circle")).size());
	}

	@Test
	void aModelFileWithASampleOutsideTheProjectIsRefusedNotTrainedOn() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).pngs("square", 3).root();
		assertEquals(0, CommandLineRun.of("import", dataset.toString(), "--project", "shapes").exitCode());
		Path secret = SampleFiles.png(temp.resolve("secret.png"), 7);
		Path modelFile = CommandLineRun.workspace().resolve("shapes/model.modelbench");
		String model = Files.readString(modelFile);
		Files.writeString(modelFile, model.replace("path=\"data/circle/img00.png\"", "path=\"" + secret + "\""));

		CommandLineRun train = CommandLineRun.of("train", "--project", "shapes", "--model", "cnn", "--epochs", "1");

		assertEquals(1, train.exitCode());
		assertTrue(train.err().contains("lists the sample \"" + secret + "\", which lies outside the project folder"),
				train.err());
		assertFalse(train.out().contains("epoch"), train.out());
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}
}
