package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.ImportedCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.ZipFiles;

/**
 * Datasets and projects as Windows, macOS and other languages make them: zips whose entries use '\'
 * (or the DOS code page for names), class and project names that are not ASCII. Whatever the
 * system, the model file records sample paths with '/'.
 */
class CrossPlatformImportTest {

	@TempDir
	Path temp;

	private Path project;
	private byte[] png;

	@BeforeEach
	void createProject() throws Exception {
		// A project named as a child would name it, in a folder of that name.
		project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("Käfer und 猫")),
				TaskKind.IMAGE_CLASSIFICATION);
		png = Files.readAllBytes(SampleFiles.png(temp.resolve("a.png"), 1));
	}

	private ImportReport importInto(Path dataset) throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(),
					new NullProgressMonitor());
		}
	}

	/** Every sample's path as the model file records it. */
	private List<String> samplePaths() throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			return document.getModel().getCategories().stream().flatMap(c -> c.getSamples().stream())
					.map(Sample::getPath).toList();
		}
	}

	private void assertSamplesAreRecordedWithSlashesAndExist() throws Exception {
		List<String> paths = samplePaths();
		assertFalse(paths.isEmpty());
		for (String path : paths) {
			assertTrue(path.startsWith("data/") && !path.contains("\\"), path);
			assertTrue(Files.isRegularFile(ProjectLayout.sampleFile(project, path)), path);
		}
		String modelFile = Files.readString(ProjectLayout.modelFile(project), StandardCharsets.UTF_8);
		assertFalse(modelFile.contains("\\"), "the model file holds no backslash:\n" + modelFile);
	}

	@Test
	void aZipMadeOnWindowsWithBackslashesImportsIntoItsCategories() throws Exception {
		Path zip = ZipFiles.ofEntries(temp.resolve("tiere.zip"), List.of(Map.entry("tiere\\", new byte[0]),
				Map.entry("tiere\\Käfer\\", new byte[0]), Map.entry("tiere\\Käfer\\a.png", png),
				Map.entry("tiere\\Käfer\\b.png", png), Map.entry("tiere\\猫\\", new byte[0]),
				Map.entry("tiere\\猫\\katze 1.png", png), Map.entry("tiere\\猫\\katze 2.png", png)));

		ImportReport report = importInto(zip);

		assertEquals(List.of("Käfer", "猫"), report.categories().stream().map(ImportedCategory::displayName).toList());
		assertEquals(4, report.sampleCount());
		assertSamplesAreRecordedWithSlashesAndExist();
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			Category beetle = document.getModel().getCategories().getFirst();
			assertEquals(List.of("Käfer/a.png", "Käfer/b.png"),
					beetle.getSamples().stream().map(Sample::getOrigin).sorted().toList(),
					"where each sample came from is written with '/' too");
		}
	}

	@Test
	void aZipFromAnOlderWindowsWithDosCodePageNamesImports() throws Exception {
		// Windows Explorer before Windows 10 wrote names in the DOS code page and no UTF-8 flag.
		Path zip = temp.resolve("dos.zip");
		try (OutputStream file = Files.newOutputStream(zip);
				ZipOutputStream out = new ZipOutputStream(file, Charset.forName("IBM437"))) {
			for (String name : List.of("Käfer\\a.png", "Käfer\\b.png", "Blätter\\c.png", "Blätter\\d.png")) {
				out.putNextEntry(new ZipEntry(name));
				out.write(png);
				out.closeEntry();
			}
		}

		ImportReport report = importInto(zip);

		assertEquals(List.of("Blätter", "Käfer"),
				report.categories().stream().map(ImportedCategory::displayName).sorted().toList());
		assertSamplesAreRecordedWithSlashesAndExist();
	}

	@Test
	void aFolderDatasetWithNonAsciiNamesImportsIntoANonAsciiProject() throws Exception {
		Path dataset = temp.resolve("データ");
		for (String file : List.of("Käfer/Käfer 1.png", "Käfer/Käfer 2.png", "猫/猫.png", "猫/猫 (2).png")) {
			Files.createDirectories(dataset.resolve(file).getParent());
			Files.write(dataset.resolve(file), png);
		}

		ImportReport report = importInto(dataset);

		assertEquals(List.of("Käfer", "猫"), report.categories().stream().map(ImportedCategory::displayName).toList());
		assertEquals(4, report.sampleCount());
		assertSamplesAreRecordedWithSlashesAndExist();
	}

	@Test
	void aSamplePathWrittenWithBackslashesStillNamesItsFile() throws IOException {
		Path file = Files.createDirectories(project.resolve("data/cat")).resolve("webcam_0001.jpg");
		Files.write(file, png);

		assertEquals(file, ProjectLayout.sampleFile(project, "data\\cat\\webcam_0001.jpg"));
		assertEquals(file, ProjectLayout.sampleFile(project, ProjectLayout.samplePath("cat", "webcam_0001.jpg")));
	}
}
