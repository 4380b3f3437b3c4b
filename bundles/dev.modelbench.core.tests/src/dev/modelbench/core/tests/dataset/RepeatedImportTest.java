package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.FolderSnapshot;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;

/** Importing the same files twice (issue 24, case 9) leaves them out the second time and says so. */
class RepeatedImportTest {

	@TempDir
	Path temp;

	private ImportReport importInto(Path project, Path dataset) throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(),
					new NullProgressMonitor());
		}
	}

	private static int sampleCount(Path project) throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return document.getModel().getCategories().stream().mapToInt(c -> c.getSamples().size()).sum();
		}
	}

	@Test
	void theSameDatasetImportedAgainAddsNothingAndTheReportSaysWhy() throws Exception {
		Path project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")),
				TaskKind.IMAGE_CLASSIFICATION);
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).pngs("square", 7).root();
		importInto(project, dataset);
		FolderSnapshot afterFirst = FolderSnapshot.of(project);

		ImportReport again = importInto(project, dataset);

		assertEquals(10, sampleCount(project));
		assertEquals(0, again.sampleCount());
		assertEquals(afterFirst, FolderSnapshot.of(project));
		assertEquals(List.of("10 file(s) were left out because the project already has them in the same class "
				+ "(same content): circle/img00.png, circle/img01.png, circle/img02.png, square/img00.png, "
				+ "square/img01.png and 5 more"), again.notes());
	}

	@Test
	void onlyTheNewFilesOfADatasetThatGrewAreAdded() throws Exception {
		Path project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")),
				TaskKind.IMAGE_CLASSIFICATION);
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).root();
		importInto(project, dataset);
		SampleFiles.png(dataset.resolve("circle/new.png"), 99);

		ImportReport again = importInto(project, dataset);

		assertEquals(1, again.sampleCount());
		assertEquals(4, sampleCount(project));
		assertTrue(again.notes().getFirst().startsWith("3 file(s) were left out"), again.notes().toString());
	}
}
