package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.ScratchSpaceWatch;
import dev.modelbench.core.tests.fixtures.ZipFiles;

class ZipImportSafetyTest {

	/** Small limits so the zip-bomb tests stay fast; real limits are gigabytes. */
	private static final ZipLimits SMALL = new ZipLimits(256 * 1024, 64 * 1024, 50);

	@TempDir
	Path temp;

	private Path project;
	private ModelDocument document;
	private ImportAssertions before;
	private List<Path> scratchFoldersBefore;

	@BeforeEach
	void createProject() throws Exception {
		project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")), TaskKind.IMAGE_CLASSIFICATION);
		document = ModelProjectFolder.open(project);
		before = ImportAssertions.before(project, document);
		scratchFoldersBefore = scratchFolders();
	}

	@AfterEach
	void closeDocument() {
		document.close();
	}

	private static byte[] png() throws IOException {
		Path file = SampleFiles.png(Files.createTempDirectory("png").resolve("a.png"), 1);
		return Files.readAllBytes(file);
	}

	private DatasetImportException refused(Path zip, ZipLimits limits) {
		return assertThrows(DatasetImportException.class, () -> new DatasetImporter(limits).importDataset(zip,
				document, ImportOptions.defaults(), new NullProgressMonitor()));
	}

	/** Scratch folders the importer unpacks zips into; each must be gone after an import. */
	private static List<Path> scratchFolders() throws IOException {
		try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return new ArrayList<>(list.filter(p -> p.getFileName().toString().startsWith("modelbench-dataset-")).toList());
		}
	}

	private void assertNothingChanged() throws IOException {
		before.assertUnchanged(document);
		assertEquals(scratchFoldersBefore, scratchFolders(), "scratch folder left behind");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "../evil.png", "cat/../../evil.png", "..\\evil.png", "cat\\..\\..\\evil.png",
			"/etc/evil.png", "\\evil.png", "C:/evil.png", "c:\\evil.png" })
	void importRefusesZipEntriesThatEscapeTheProject(String entryName) throws Exception {
		Path zip = ZipFiles.ofEntries(temp.resolve("evil.zip"), List.of(
				Map.entry("cat/a.png", png()), Map.entry("cat/b.png", png()), Map.entry(entryName, png())));

		DatasetImportException failure = refused(zip, ZipLimits.DEFAULT);

		assertTrue(failure.getMessage().contains(entryName), failure.getMessage());
		assertNothingChanged();
		assertFalse(Files.exists(temp.resolve("evil.png")));
	}

	@Test
	void importRefusesAZipBombEntry() throws Exception {
		Path zip = ZipFiles.withZeros(temp.resolve("bomb.zip"), "cat/huge.png", 1024 * 1024);
		assertTrue(Files.size(zip) < 10 * 1024, "compresses to almost nothing");

		DatasetImportException failure = refused(zip, SMALL);

		assertTrue(failure.getMessage().contains("cat/huge.png"), failure.getMessage());
		assertTrue(failure.getMessage().contains("64 KB"), failure.getMessage());
		assertNothingChanged();
	}

	@Test
	void importRefusesAZipWhoseEntriesTogetherInflateTooMuch() throws Exception {
		List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			entries.add(Map.entry("cat/" + i + ".png", new byte[60 * 1024]));
		}
		Path zip = ZipFiles.ofEntries(temp.resolve("many.zip"), entries);

		DatasetImportException failure = refused(zip, SMALL);

		assertTrue(failure.getMessage().contains("256 KB"), failure.getMessage());
		assertNothingChanged();
	}

	@Test
	void aZipWhoseDirectoryAdmitsTooMuchIsRefusedBeforeAnythingIsUnpacked() throws Exception {
		List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			entries.add(Map.entry("cat/" + i + ".png", new byte[16 * 1024]));
		}
		Path zip = ZipFiles.ofEntries(temp.resolve("many-small.zip"), entries);
		ScratchSpaceWatch watch = new ScratchSpaceWatch();

		DatasetImportException failure = assertThrows(DatasetImportException.class,
				() -> new DatasetImporter(SMALL).importDataset(zip, document, ImportOptions.defaults(), watch));

		assertTrue(failure.getMessage().contains("unpacks to more than 256 KB"), failure.getMessage());
		assertEquals(0, watch.mostBytes(), "bytes unpacked before the refusal");
		assertNothingChanged();
	}

	@Test
	void aZipBombWhoseHeadersLieIsStoppedLongBeforeTheLimit() throws Exception {
		Path zip = ZipFiles.withLyingSizes(temp.resolve("liar.zip"), "cat", 160, 1 << 20);
		ScratchSpaceWatch watch = new ScratchSpaceWatch();

		DatasetImportException failure = assertThrows(DatasetImportException.class,
				() -> new DatasetImporter().importDataset(zip, document, ImportOptions.defaults(), watch));

		assertTrue(failure.getMessage().contains("more than 500 times their packed size"), failure.getMessage());
		assertTrue(watch.mostBytes() < 80L << 20, watch.mostBytes() + " bytes unpacked before the refusal");
		assertNothingChanged();
	}

	@Test
	void importRefusesAZipWithTooManyEntries() throws Exception {
		List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
		for (int i = 0; i < SMALL.maxEntries() + 1; i++) {
			entries.add(Map.entry("cat/" + i + ".txt", new byte[1]));
		}
		Path zip = ZipFiles.ofEntries(temp.resolve("many.zip"), entries);

		refused(zip, SMALL);

		assertNothingChanged();
	}

	@Test
	void importRefusesAFileThatIsNoZip() throws Exception {
		Path zip = SampleFiles.text(temp.resolve("fake.zip"), "not a zip at all");

		DatasetImportException failure = refused(zip, ZipLimits.DEFAULT);

		assertTrue(failure.getMessage().contains("fake.zip"), failure.getMessage());
		assertNothingChanged();
	}

	@Test
	void aZipWithinTheLimitsImportsAndItsScratchFolderIsDeleted() throws Exception {
		Path zip = ZipFiles.ofEntries(temp.resolve("ok.zip"), List.of(Map.entry("__MACOSX/cat/._a.png", new byte[3]),
				Map.entry("cat/a.png", png()), Map.entry("cat/b.png", png()), Map.entry("dog/c.png", png())));

		ImportReport report = new DatasetImporter(SMALL).importDataset(zip, document, ImportOptions.defaults(),
				new NullProgressMonitor());

		assertEquals(3, report.sampleCount());
		assertEquals(List.of(), report.ignoredFiles());
		assertEquals(scratchFoldersBefore, scratchFolders());
	}
}
