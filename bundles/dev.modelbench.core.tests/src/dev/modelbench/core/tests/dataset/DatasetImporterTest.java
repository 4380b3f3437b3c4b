package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelbench.core.dataset.CorruptFilePolicy;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.ImportedCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.ZipFiles;

class DatasetImporterTest {

	@TempDir
	Path temp;

	private Path project;
	private Path datasets;

	@BeforeEach
	void createProject() throws Exception {
		project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")), TaskKind.IMAGE_CLASSIFICATION);
		datasets = Files.createDirectory(temp.resolve("datasets"));
	}

	private ImportReport importInto(Path projectFolder, Path dataset, ImportOptions options) throws Exception {
		try (ModelDocument document = ModelProjectFolder.open(projectFolder)) {
			return new DatasetImporter().importDataset(dataset, document, options, new NullProgressMonitor());
		}
	}

	/** Category folder name → (sample path → split), as saved in the model file. */
	private static Map<String, Map<String, Split>> savedSplits(Path projectFolder) throws Exception {
		Map<String, Map<String, Split>> result = new TreeMap<>();
		try (ModelDocument document = ModelProjectFolder.open(projectFolder)) {
			for (Category category : document.getModel().getCategories()) {
				Map<String, Split> samples = new TreeMap<>();
				category.getSamples().forEach(sample -> samples.put(sample.getOrigin(), sample.getSplit()));
				result.put(category.getName(), samples);
			}
		}
		return result;
	}

	@Test
	void folderAndZipOfTheSameDatasetGiveTheSameClassesCountsAndSplit() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 10).pngs("dog", 7).root();
		// Zipping the dataset folder itself adds a top-level folder, which the importer looks into.
		Path zip = ZipFiles.ofFolder(folder, datasets.resolve("pets.zip"), "pets/");
		Path otherProject = ModelProjectFolder.create(Files.createDirectory(temp.resolve("other")),
				TaskKind.IMAGE_CLASSIFICATION);

		ImportReport fromFolder = importInto(project, folder, ImportOptions.defaults());
		ImportReport fromZip = importInto(otherProject, zip, ImportOptions.defaults());

		assertEquals(fromFolder, fromZip);
		assertEquals(List.of(new ImportedCategory("cat", "cat", 7, 3, false),
				new ImportedCategory("dog", "dog", 5, 2, false)), fromFolder.categories());
		assertFalse(fromFolder.splitFromDataset());
		assertEquals(savedSplits(project), savedSplits(otherProject));
	}

	@Test
	void importedSamplesAreCopiedAndRecordedAsImports() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 3).root();

		importInto(project, folder, ImportOptions.defaults());

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			Category cat = document.getModel().getCategories().get(0);
			assertEquals(3, cat.getSamples().size());
			for (Sample sample : cat.getSamples()) {
				assertEquals(SampleSource.IMPORT, sample.getSource());
				assertTrue(sample.getSplit() == Split.TRAIN || sample.getSplit() == Split.VALIDATION);
				assertTrue(sample.getPath().startsWith("data/cat/img0"), sample.getPath());
				assertTrue(Files.isRegularFile(ProjectLayout.sampleFile(project, sample.getPath())));
				assertTrue(sample.getOrigin().startsWith("cat/img0"), sample.getOrigin());
			}
		}
		assertTrue(Files.isRegularFile(folder.resolve("cat/img00.png")), "the source is never changed");
	}

	@ParameterizedTest(name = "train/ + {0}/")
	@ValueSource(strings = { "val", "validation", "valid", "Val" })
	void trainAndValidationFoldersOfTheDatasetAreKept(String validationFolder) throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("split"))
				.pngs("train/cat", 4).pngs("train/dog", 2)
				.pngs(validationFolder + "/cat", 1).pngs(validationFolder + "/dog", 3)
				.pngs("test/cat", 2)
				.root();

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertTrue(report.splitFromDataset());
		assertEquals(List.of(new ImportedCategory("cat", "cat", 4, 1, false),
				new ImportedCategory("dog", "dog", 2, 3, false)), report.categories());
		assertEquals(List.of("test/"), report.ignoredFiles());
		Map<String, Split> cats = savedSplits(project).get("cat");
		assertEquals(Split.TRAIN, cats.get("train/cat/img00.png"));
		assertEquals(Split.VALIDATION, cats.get(validationFolder + "/cat/img00.png"));
	}

	@Test
	void sameFileNamesInTrainAndValidationDoNotClash() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("split")).pngs("train/cat", 2).pngs("val/cat", 2).root();

		importInto(project, folder, ImportOptions.defaults());

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			List<String> paths = document.getModel().getCategories().get(0).getSamples().stream()
					.map(Sample::getPath).toList();
			assertEquals(List.of("data/cat/img00.png", "data/cat/img01.png", "data/cat/img00_2.png",
					"data/cat/img01_2.png"), paths);
		}
	}

	@Test
	void computedSplitIsStratifiedAndStableForASeed() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 20).pngs("dog", 10).pngs("owl", 2).root();
		Path again = ModelProjectFolder.create(Files.createDirectory(temp.resolve("again")), TaskKind.IMAGE_CLASSIFICATION);
		Path otherSeed = ModelProjectFolder.create(Files.createDirectory(temp.resolve("seed")), TaskKind.IMAGE_CLASSIFICATION);

		ImportReport report = importInto(project, folder, ImportOptions.defaults());
		importInto(again, folder, ImportOptions.defaults());
		importInto(otherSeed, folder, ImportOptions.defaults().withSeed(4711));

		assertEquals(List.of(new ImportedCategory("cat", "cat", 14, 6, false),
				new ImportedCategory("dog", "dog", 7, 3, false),
				new ImportedCategory("owl", "owl", 1, 1, false)), report.categories());
		assertEquals(savedSplits(project), savedSplits(again));
		assertFalse(savedSplits(project).equals(savedSplits(otherSeed)));
	}

	@Test
	void classNamesBecomeSafeFoldersButKeepTheirDisplayNames() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("names"))
				.pngs("Café au lait", 2).pngs("猫", 2).pngs("犬", 2).pngs("CON", 2).root();

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertEquals("Cafe_au_lait", report.category("Café au lait").folderName());
		assertEquals("CON_", report.category("CON").folderName());
		List<String> cjk = List.of(report.category("犬").folderName(), report.category("猫").folderName());
		assertEquals(List.of("class", "class_2"), cjk);
		assertTrue(Files.isDirectory(ProjectLayout.categoryFolder(project, "Cafe_au_lait")));
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			assertEquals(List.of("CON", "Café au lait", "犬", "猫"),
					document.getModel().getCategories().stream().map(Category::getDisplayName).toList());
		}
	}

	@Test
	void importingAClassTheProjectHasMergesIntoItAndRenamesClashingFiles() throws Exception {
		Path first = DatasetFolder.at(datasets.resolve("first")).pngs("Cat", 2).root();
		// Same file names, other pictures: identical ones would be left out as imported already.
		Path second = DatasetFolder.at(datasets.resolve("second")).pngs("Cat", 3, 1000).pngs("dog", 1).root();

		importInto(project, first, ImportOptions.defaults());
		ImportReport report = importInto(project, second, ImportOptions.defaults());

		assertEquals(new ImportedCategory("Cat", "Cat", 2, 1, true), report.categories().get(0));
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			assertEquals(2, document.getModel().getCategories().size());
			List<String> paths = document.getModel().getCategories().get(0).getSamples().stream()
					.map(Sample::getPath).toList();
			assertEquals(List.of("data/Cat/img00.png", "data/Cat/img01.png", "data/Cat/img00_2.png",
					"data/Cat/img01_2.png", "data/Cat/img02.png"), paths);
		}
	}

	@Test
	void filesOfOtherTypesAreListedAsIgnoredAndSystemJunkIsNot() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 2)
				.text("cat/notes.txt", "hi").text("README.md", "readme")
				.text("cat/.DS_Store", "x").text("cat/Thumbs.db", "x").text("__MACOSX/cat/._img00.png", "x")
				.text("cat/desktop.ini", "x").root();

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertEquals(List.of("README.md", "cat/notes.txt"), report.ignoredFiles().stream().sorted().toList());
		assertEquals(2, report.sampleCount());
	}

	@Test
	void emptyClassesAreReportedAndNotCreated() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 2).text("dog/readme.txt", "none yet")
				.root();
		Files.createDirectories(folder.resolve("owl"));

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertEquals(List.of("dog", "owl"), report.emptyClasses());
		assertEquals(1, report.categories().size());
		assertFalse(Files.exists(ProjectLayout.categoryFolder(project, "dog")));
		assertTrue(report.summary().contains("dog, owl"), report.summary());
	}

	@Test
	void aDatasetWithoutAnyUsableClassIsRefused() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("nothing")).text("cat/a.txt", "x").text("b.png", "x").root();

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			ImportAssertions before = ImportAssertions.before(project, document);
			DatasetImportException failure = assertThrows(DatasetImportException.class,
					() -> new DatasetImporter().importDataset(folder, document, ImportOptions.defaults(), null));

			assertTrue(failure.getMessage().contains("no class folder with usable samples"), failure.getMessage());
			before.assertUnchanged(document);
		}
	}

	@Test
	void corruptImagesAreListedAndSkipped() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 3).root();
		SampleFiles.truncate(SampleFiles.noisyImage(folder.resolve("cat/broken.png"), "png"), 0.5);
		SampleFiles.text(folder.resolve("cat/fake.jpg"), "this is not a JPEG");

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertEquals(List.of("cat/broken.png", "cat/fake.jpg"),
				report.skippedFiles().stream().map(file -> file.name()).toList());
		report.skippedFiles().forEach(file -> assertFalse(file.reason().isBlank()));
		assertEquals(3, report.sampleCount());
		assertFalse(Files.exists(ProjectLayout.categoryFolder(project, "cat").resolve("broken.png")));
	}

	@Test
	void truncatedJpegIsDetected() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 1).root();
		SampleFiles.truncate(SampleFiles.noisyImage(folder.resolve("cat/cut.jpg"), "jpg"), 0.6);

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertEquals(List.of("cat/cut.jpg"), report.skippedFiles().stream().map(file -> file.name()).toList());
	}

	@Test
	void corruptImagesRefuseTheWholeImportInRefuseMode() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 3).pngs("dog", 2).root();
		SampleFiles.truncate(SampleFiles.noisyImage(folder.resolve("dog/broken.png"), "png"), 0.5);

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			ImportAssertions before = ImportAssertions.before(project, document);
			DatasetImportException failure = assertThrows(DatasetImportException.class,
					() -> new DatasetImporter().importDataset(folder, document,
							ImportOptions.defaults().withOnCorrupt(CorruptFilePolicy.REFUSE), null));

			assertTrue(failure.getMessage().contains("dog/broken.png"), failure.getMessage());
			before.assertUnchanged(document);
		}
	}

	@Test
	void soundProjectsImportWavsAndSkipClipsWithoutAudio() throws Exception {
		Path soundProject = ModelProjectFolder.create(Files.createDirectory(temp.resolve("sound")),
				TaskKind.SOUND_CLASSIFICATION);
		Path folder = DatasetFolder.at(datasets.resolve("words")).wavs("yes", 3).wavs("background", 2)
				.pngs("yes", 1).root();
		SampleFiles.wav(folder.resolve("yes/silent.wav"), 0);
		SampleFiles.truncate(SampleFiles.wav(folder.resolve("yes/cut.wav"), 16000), 0.5);

		ImportReport report = importInto(soundProject, folder, ImportOptions.defaults());

		assertEquals(List.of("yes/cut.wav", "yes/silent.wav"),
				report.skippedFiles().stream().map(file -> file.name()).toList());
		assertEquals(List.of("yes/img00.png"), report.ignoredFiles());
		// "background" is the folder of the project's "Background noise" category, so it merges.
		assertEquals(new ImportedCategory("Background noise", "background", 1, 1, true), report.categories().get(0));
		assertEquals(new ImportedCategory("yes", "yes", 2, 1, false), report.categories().get(1));
	}

	@Test
	void longBackgroundRecordingsBecomeOneSamplePerSecondAsSpeechCommandsShipsThem() throws Exception {
		Path soundProject = ModelProjectFolder.create(Files.createDirectory(temp.resolve("sound")),
				TaskKind.SOUND_CLASSIFICATION);
		Path folder = DatasetFolder.at(datasets.resolve("commands")).wavs("yes", 3).wavs("_background_noise_", 1)
				.root();
		SampleFiles.wav(folder.resolve("_background_noise_/white_noise.wav"), 16_000 * 12 + 5_000);
		SampleFiles.wav(folder.resolve("_background_noise_/short.wav"), 20_000);
		SampleFiles.wav(folder.resolve("yes/long-yes.wav"), 16_000 * 3);

		ImportReport report = importInto(soundProject, folder, ImportOptions.defaults());

		assertEquals(new ImportedCategory("Background noise", "background", 10, 4, true), report.categories().get(0));
		assertEquals(4, report.categories().get(1).trainCount() + report.categories().get(1).validationCount(),
				"other classes keep long files whole");
		try (ModelDocument document = ModelProjectFolder.open(soundProject)) {
			List<String> origins = document.getModel().getCategories().get(0).getSamples().stream()
					.map(Sample::getOrigin).sorted().toList();
			assertEquals(14, origins.size(), origins.toString());
			assertTrue(origins.containsAll(List.of("_background_noise_/clip00.wav", "_background_noise_/short.wav",
					"_background_noise_/white_noise.wav#001", "_background_noise_/white_noise.wav#012")), origins.toString());
		}
		Path clip = ProjectLayout.categoryFolder(soundProject, "background").resolve("white_noise_012.wav");
		assertEquals(16_000, SoundSamples.read(clip).length);
	}

	@Test
	void theSummaryNamesTheNumbers() throws Exception {
		Path folder = DatasetFolder.at(datasets.resolve("pets")).pngs("cat", 10).root();

		ImportReport report = importInto(project, folder, ImportOptions.defaults());

		assertNotNull(report.summary());
		assertTrue(report.summary().startsWith("Imported 10 sample(s) in 1 class(es): 7 for training, 3 for validation."),
				report.summary());
	}

	@Test
	void importRefusesSomethingThatIsNeitherFolderNorZip() throws Exception {
		Path file = SampleFiles.text(datasets.resolve("data.rar"), "x");

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			DatasetImportException failure = assertThrows(DatasetImportException.class,
					() -> new DatasetImporter().importDataset(file, document, ImportOptions.defaults(), null));
			assertTrue(failure.getMessage().contains("neither a folder nor a .zip"), failure.getMessage());
		}
	}
}
