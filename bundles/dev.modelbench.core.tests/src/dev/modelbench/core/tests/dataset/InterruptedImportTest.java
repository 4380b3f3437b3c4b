package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.FolderSnapshot;
import dev.modelbench.core.tests.fixtures.KillAtCheck;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;

/**
 * An import killed at any point (issue 24, case 4) looks all or nothing to the next run: opening the
 * project removes what the killed import moved in without saving it, its staging folder and stale
 * temporary model files, so the next import writes data/circle/ again, not data/circle_2/.
 */
class InterruptedImportTest {

	@TempDir
	Path temp;

	@Test
	void anImportKilledAtAnyPointIsUndoneOrCompletedByTheNextOpen() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 4).pngs("square", 3).root();
		int killedBeforeSave = 0;
		int killedAfterSave = 0;
		for (int killAt = 1;; killAt++) {
			Path project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project-" + killAt)),
					TaskKind.IMAGE_CLASSIFICATION);
			FolderSnapshot before = FolderSnapshot.of(project);
			boolean killed = false;
			try (ModelDocument document = ModelProjectFolder.open(project)) {
				new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(), new KillAtCheck(killAt));
			} catch (Throwable e) {
				if (!(e instanceof KillAtCheck.Killed)) {
					throw e;
				}
				killed = true;
			}
			if (!killed) {
				break;
			}
			try (ModelDocument next = ModelProjectFolder.open(project)) {
				if (next.getModel().getCategories().isEmpty()) {
					killedBeforeSave++;
					assertEquals(before, FolderSnapshot.of(project), "after a kill at call " + killAt);
					new DatasetImporter().importDataset(dataset, next, ImportOptions.defaults(), null);
				} else {
					killedAfterSave++;
				}
				assertEquals(List.of("circle", "square"),
						next.getModel().getCategories().stream().map(Category::getName).toList());
				assertEquals(List.of("circle", "square"), fileNames(project.resolve("data")));
				assertListedFilesAreExactlyThoseOnDisk(next.getModel(), project);
				assertEquals(List.of("data", "model.modelbench"), fileNames(project), "after a kill at call " + killAt);
			}
		}
		assertTrue(killedBeforeSave > 10, "killed before the save only " + killedBeforeSave + " times");
		assertTrue(killedAfterSave >= 1, "never killed after the save");
	}

	@Test
	void staleTemporaryModelFilesAndStagingFoldersOfEndedProcessesGoThoseOfRunningOnesStay() throws Exception {
		Path project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")),
				TaskKind.IMAGE_CLASSIFICATION);
		// Process id 2147483647 never runs (Linux allows 4194304 at most); the parent test runner does.
		ProcessHandle running = ProcessHandle.current().parent().orElseThrow();
		String runningTag = running.pid() + "_" + running.info().startInstant().orElseThrow().toEpochMilli();
		Files.writeString(project.resolve(".model.modelbench.2147483647_0.x1.tmp"), "<half a model");
		Files.createDirectories(project.resolve(".modelbench-import-2147483647_0-7/circle"));
		Files.writeString(project.resolve(".model.modelbench." + runningTag + ".x2.tmp"), "<being written");
		Files.createDirectories(project.resolve(".modelbench-import-" + runningTag + "-8/circle"));

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			assertEquals(List.of(".model.modelbench." + runningTag + ".x2.tmp", ".modelbench-import-" + runningTag + "-8",
					"model.modelbench"), fileNames(project).stream().filter(name -> !name.equals("data")).toList());
		}
	}

	private static void assertListedFilesAreExactlyThoseOnDisk(ModelProject model, Path project) throws Exception {
		List<String> listed = model.getCategories().stream().flatMap(category -> category.getSamples().stream())
				.map(sample -> sample.getPath()).sorted().toList();
		List<String> onDisk;
		try (Stream<Path> walk = Files.walk(project.resolve("data"))) {
			onDisk = walk.filter(Files::isRegularFile).map(file -> project.relativize(file).toString().replace('\\', '/'))
					.sorted().toList();
		}
		assertEquals(listed, onDisk);
		assertFalse(listed.isEmpty());
	}

	private static List<String> fileNames(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}
}
