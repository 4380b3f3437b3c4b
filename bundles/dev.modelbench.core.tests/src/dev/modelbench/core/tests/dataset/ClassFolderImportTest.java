package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.FolderSnapshot;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;

/** Class folders that are easily merged or dropped without a word (issue 24, case 7): each is named. */
class ClassFolderImportTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void createProject() throws Exception {
		project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")), TaskKind.IMAGE_CLASSIFICATION);
	}

	private ImportReport importInto(Path dataset) throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(),
					new NullProgressMonitor());
		}
	}

	private List<String> categories() throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return document.getModel().getCategories().stream().map(Category::getDisplayName).toList();
		}
	}

	@Test
	void classFoldersThatDifferOnlyInCaseAreRefusedWithBothNamesAndNothingChanges() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("Square", 3).pngs("square", 2).pngs("circle", 3)
				.root();
		FolderSnapshot before = FolderSnapshot.of(project);

		DatasetImportException refusal = assertThrows(DatasetImportException.class, () -> importInto(dataset));

		assertTrue(refusal.getMessage().startsWith(
				"The class folders Square/, square/ differ only in upper and lower case, so they would become one class."),
				refusal.getMessage());
		assertEquals(before, FolderSnapshot.of(project));
	}

	@Test
	void aHiddenClassFolderIsLeftOutAndTheReportSaysSo() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).pngs(".hidden", 2).root();

		ImportReport report = importInto(dataset);

		assertEquals(List.of("circle"), categories());
		assertEquals(List.of(".hidden/ was left out: its name starts with a dot, which makes it a hidden folder. "
				+ "Rename it to import it."), report.notes());
		assertTrue(report.summary().endsWith(report.notes().getFirst()), report.summary());
	}

	@Test
	void aClassFolderThatIsALinkIsFollowedAndTheReportSaysWhereTo() throws Exception {
		Path elsewhere = DatasetFolder.at(temp.resolve("elsewhere")).pngs("squares", 3).root().resolve("squares");
		Path dataset = DatasetFolder.at(temp.resolve("shapes")).pngs("circle", 3).root();
		Files.createSymbolicLink(dataset.resolve("square"), elsewhere);

		ImportReport report = importInto(dataset);

		assertEquals(List.of("circle", "square"), categories());
		assertEquals(3, report.category("square").sampleCount());
		assertEquals(List.of(), report.emptyClasses());
		assertEquals(List.of("square/ is a link to the folder " + elsewhere.toRealPath()
				+ "; its files were imported from there."), report.notes());
		assertTrue(Files.isRegularFile(project.resolve("data/square/img00.png")));
		assertTrue(!Files.isSymbolicLink(project.resolve("data/square")));
	}

	@Test
	void aClassAddedToAnExistingOneOfAnotherSpellingIsNamed() throws Exception {
		importInto(DatasetFolder.at(temp.resolve("first")).pngs("Square", 2).root());

		ImportReport report = importInto(DatasetFolder.at(temp.resolve("second")).pngs("square", 2).root());

		assertEquals(List.of("Square"), categories());
		assertEquals(List.of("square/ was added to the project's class Square."), report.notes());
	}
}
