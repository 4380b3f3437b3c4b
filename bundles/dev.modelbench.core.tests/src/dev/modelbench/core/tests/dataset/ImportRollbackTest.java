package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.FailingOutputStream;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.ZipFiles;

class ImportRollbackTest {

	@TempDir
	Path temp;

	private Path project;
	private Path dataset;

	@BeforeEach
	void createProjectAndDataset() throws Exception {
		project = projectWithACategory("project");
		dataset = DatasetFolder.at(temp.resolve("pets")).pngs("cat", 3).pngs("dog", 2).root();
	}

	/** A project that already has a "cat" category, so rollback must also restore an existing folder. */
	private Path projectWithACategory(String name) throws Exception {
		Path folder = ModelProjectFolder.create(Files.createDirectory(temp.resolve(name)), TaskKind.IMAGE_CLASSIFICATION);
		try (ModelDocument document = ModelProjectFolder.open(folder)) {
			new DatasetImporter().importDataset(DatasetFolder.at(temp.resolve("first-" + name)).pngs("cat", 2, 1000).root(),
					document, ImportOptions.defaults(), null);
		}
		return folder;
	}


	@Test
	void cancellingAtAnyPointLeavesTheProjectExactlyAsBefore() throws Exception {
		Path zip = ZipFiles.ofFolder(dataset, temp.resolve("pets.zip"), "");
		for (Path source : new Path[] { dataset, zip }) {
			Path target = projectWithACategory("project-" + source.getFileName());
			int cancelledRuns = 0;
			boolean completed = false;
			for (int cancelAt = 1; !completed; cancelAt++) {
				try (ModelDocument document = ModelProjectFolder.open(target)) {
					ImportAssertions before = ImportAssertions.before(target, document);
					try {
						new DatasetImporter().importDataset(source, document, ImportOptions.defaults(),
								new CancelAtCheck(cancelAt));
						completed = true;
					} catch (OperationCanceledException e) {
						before.assertUnchanged(document);
						cancelledRuns++;
					}
				}
			}
			assertTrue(cancelledRuns > 5, "cancellation was checked only " + cancelledRuns + " times");
		}
	}

	@Test
	void aFailedSaveRemovesTheCopiedFilesAndTakesTheModelChangeBack() throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project, FailingOutputStream.atomicWriterFailingAfter(200))) {
			ImportAssertions before = ImportAssertions.before(project, document);

			DatasetImportException failure = assertThrows(DatasetImportException.class, () -> new DatasetImporter()
					.importDataset(dataset, document, ImportOptions.defaults(), new NullProgressMonitor()));

			assertTrue(failure.getMessage().contains("model.modelbench"), failure.getMessage());
			before.assertUnchanged(document);
		}
	}

	@Test
	void aSuccessfulImportCanStillBeFollowedByAnotherOne() throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			ImportReport report = new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(), null);

			assertEquals(5, report.sampleCount());
			assertEquals(2, document.getModel().getCategories().size());
			assertEquals(5, document.getModel().getCategories().get(0).getSamples().size());
		}
	}
}
