package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.core.tests.fixtures.ZipFiles;

class ImportCommandTest {

	@TempDir
	Path temp;

	@AfterEach
	void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void importOfAFolderAndOfItsZipMakeTheSameProject() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("pets")).pngs("cat", 10).pngs("dog", 7).pngs("Guinea pig", 5).root();
		Path zip = ZipFiles.ofFolder(dataset, temp.resolve("pets.zip"), "pets/");

		CommandLineRun fromFolder = CommandLineRun.of("import", dataset.toString(), "--project", "fromFolder");
		CommandLineRun fromZip = CommandLineRun.of("import", zip.toString(), "--project", "fromZip");

		assertEquals(0, fromFolder.exitCode(), fromFolder.err());
		assertEquals(0, fromZip.exitCode(), fromZip.err());
		Map<String, String> folderSamples = samplesBySplit("fromFolder");
		assertEquals(22, folderSamples.size());
		assertEquals(folderSamples, samplesBySplit("fromZip"));
		assertEquals(info("fromFolder").replace("fromFolder", "P"), info("fromZip").replace("fromZip", "P"));
	}

	@Test
	void infoShowsClassesCountsAndTheSplit() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("set")).pngs("cat", 10).pngs("dog", 10).root();
		assertEquals(0, CommandLineRun.of("import", dataset.toString(), "--project", "pets").exitCode());

		String info = info("pets");

		assertTrue(info.contains("image classification"), info);
		assertTrue(info.matches("(?s).*cat\\s+cat\\s+7\\s+3\\s+10.*"), info);
		assertTrue(info.matches("(?s).*dog\\s+dog\\s+7\\s+3\\s+10.*"), info);
		assertTrue(info.contains("70% training, 30% validation"), info);
	}

	@Test
	void importRefusesAZipThatEscapesAndCreatesNothing() throws Exception {
		Path zip = ZipFiles.ofEntries(temp.resolve("evil.zip"), Map.of(
				"cat/one.png", Files.readAllBytes(SampleFiles.png(temp.resolve("one.png"), 1)),
				"../evil/two.png", Files.readAllBytes(SampleFiles.png(temp.resolve("two.png"), 2))));

		CommandLineRun run = CommandLineRun.of("import", zip.toString(), "--project", "evil");

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("../evil"), run.err());
		assertEquals(1, run.err().strip().lines().count(), "one line on stderr: " + run.err());
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("evil").exists());
		assertFalse(Files.exists(CommandLineRun.workspace().resolve("evil")));
		assertFalse(Files.exists(CommandLineRun.workspace().getParent().resolve("evil")));
	}

	@Test
	void importIntoAnExistingProjectAddsToIt() throws Exception {
		Path first = DatasetFolder.at(temp.resolve("first")).pngs("cat", 4).root();
		// Other cat pictures: the same ones again would be left out as imported already.
		Path second = DatasetFolder.at(temp.resolve("second")).pngs("cat", 3, 1000).pngs("dog", 5).root();
		assertEquals(0, CommandLineRun.of("import", first.toString(), "--project", "pets").exitCode());

		CommandLineRun run = CommandLineRun.of("import", second.toString(), "--project", "pets");

		assertEquals(0, run.exitCode(), run.err());
		assertEquals(12, samplesBySplit("pets").size());
	}

	@Test
	void aSoundDatasetMakesASoundProject() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("sounds")).wavs("background", 3).wavs("clap", 3).root();

		CommandLineRun run = CommandLineRun.of("import", dataset.toString(), "--project", "sounds");

		assertEquals(0, run.exitCode(), run.err());
		assertTrue(info("sounds").contains("sound classification"));
	}

	@Test
	void aMissingDatasetIsReportedInOneLine() {
		CommandLineRun run = CommandLineRun.of("import", temp.resolve("nothing-here").toString(), "--project", "p");

		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith("modelbench: ") && run.err().contains("nothing-here"), run.err());
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("p").exists());
	}

	private static String info(String project) {
		CommandLineRun run = CommandLineRun.of("info", "--project", project);
		assertEquals(0, run.exitCode(), run.err());
		return run.out();
	}

	/** Each sample's file name within its category, mapped to its split. */
	private static Map<String, String> samplesBySplit(String projectName) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		Map<String, String> splits = new TreeMap<>();
		try (ModelDocument document = ProjectModelFile.of(project).open()) {
			for (Category category : document.getModel().getCategories()) {
				for (Sample sample : category.getSamples()) {
					String name = sample.getPath().substring(sample.getPath().lastIndexOf('/') + 1);
					splits.put(category.getDisplayName() + "/" + name, sample.getSplit().getLiteral());
				}
			}
		}
		return splits;
	}
}
