package dev.modelbench.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.InitialModel;
import dev.modelbench.core.tests.fixtures.FailingOutputStream;

class ModelDocumentTest {

	@TempDir
	Path folder;

	private Path modelFile() {
		return ProjectLayout.modelFile(folder);
	}

	private ModelDocument createWithOneSample() throws ModelFileException {
		ModelProject model = InitialModel.create("Pets", TaskKind.IMAGE_CLASSIFICATION);
		Category cat = ModelFactory.eINSTANCE.createCategory();
		cat.setName("cat");
		cat.setDisplayName("Katze");
		cat.setColour("#4E79A7");
		Sample sample = ModelFactory.eINSTANCE.createSample();
		sample.setPath("data/cat/img1.jpg");
		sample.setSource(SampleSource.WEBCAM);
		sample.setSplit(Split.TRAIN);
		cat.getSamples().add(sample);
		model.getCategories().add(cat);
		return ModelDocument.create(modelFile(), model);
	}

	@Test
	void savingTwiceGivesIdenticalBytes() throws Exception {
		try (ModelDocument document = createWithOneSample()) {
			byte[] first = Files.readAllBytes(modelFile());
			document.save();
			assertArrayEquals(first, Files.readAllBytes(modelFile()));
		}
		try (ModelDocument reloaded = ModelDocument.load(modelFile())) {
			byte[] before = Files.readAllBytes(modelFile());
			reloaded.save();
			assertArrayEquals(before, Files.readAllBytes(modelFile()));
		}
	}

	@Test
	void savedFileIsReadableXmiWithoutIdsOrDefaults() throws Exception {
		createWithOneSample().close();

		String xml = Files.readString(modelFile(), StandardCharsets.UTF_8);

		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
		assertFalse(xml.contains("xmi:id"), xml);
		assertFalse(xml.contains("\r"), "line ends are \\n on every platform");
		assertTrue(xml.contains("xmlns:modelbench=\"https://modelbench.dev/model/1.0\""), xml);
		assertTrue(xml.contains("name=\"cat\" displayName=\"Katze\" colour=\"#4E79A7\""), xml);
		assertTrue(xml.contains("<samples path=\"data/cat/img1.jpg\" split=\"TRAIN\"/>"), xml);
		assertTrue(xml.contains("<settings/>"), "default settings are left out: " + xml);
		assertTrue(xml.lines().count() > 4, "one element per line: " + xml);
	}

	@Test
	void reloadingGivesTheSavedModel() throws Exception {
		ModelProject saved;
		try (ModelDocument document = createWithOneSample()) {
			saved = EcoreUtil.copy(document.getModel());
		}
		try (ModelDocument reloaded = ModelDocument.load(modelFile())) {
			assertTrue(EcoreUtil.equals(saved, reloaded.getModel()));
			assertEquals(16, reloaded.getModel().getSettings().getBatchSize());
			assertEquals(0.001, reloaded.getModel().getSettings().getLearningRate());
			assertEquals(42L, reloaded.getModel().getSettings().getSeed());
		}
	}

	@Test
	void renameCanBeUndoneAndRedoneAndTracksDirtiness() throws Exception {
		try (ModelDocument document = createWithOneSample()) {
			Category cat = document.getModel().getCategories().get(0);
			Command rename = SetCommand.create(document.getEditingDomain(), cat,
					ModelPackage.Literals.CATEGORY__DISPLAY_NAME, "Cat");

			assertTrue(document.execute(rename));
			assertEquals("Cat", cat.getDisplayName());
			assertTrue(document.isDirty());

			document.undo();
			assertEquals("Katze", cat.getDisplayName());
			assertFalse(document.isDirty());

			document.redo();
			assertEquals("Cat", cat.getDisplayName());
			document.save();
			assertFalse(document.isDirty());
		}
		try (ModelDocument reloaded = ModelDocument.load(modelFile())) {
			assertEquals("Cat", reloaded.getModel().getCategories().get(0).getDisplayName());
		}
	}

	@Test
	void aCopySavedElsewhereHoldsTheChangesAndLeavesTheDocumentAndItsFileAsTheyWere() throws Exception {
		Path copy = folder.resolve("variant.modelbench");
		try (ModelDocument document = createWithOneSample()) {
			byte[] original = Files.readAllBytes(modelFile());
			Category cat = document.getModel().getCategories().get(0);
			document.execute(SetCommand.create(document.getEditingDomain(), cat,
					ModelPackage.Literals.CATEGORY__DISPLAY_NAME, "Cat"));

			document.saveCopy(copy);

			assertArrayEquals(original, Files.readAllBytes(modelFile()));
			assertTrue(document.isDirty());
		}
		try (ModelDocument variant = ModelDocument.load(copy)) {
			assertEquals("Cat", variant.getModel().getCategories().get(0).getDisplayName());
		}
	}

	@Test
	void commandsThatCannotExecuteChangeNothing() throws Exception {
		try (ModelDocument document = createWithOneSample()) {
			Command addNothing = AddCommand.create(document.getEditingDomain(), document.getModel(),
					ModelPackage.Literals.MODEL_PROJECT__CATEGORIES, List.of());

			assertFalse(document.execute(addNothing));
			assertFalse(document.isDirty());
			assertFalse(document.canUndo());
		}
	}

	@Test
	void failedSaveLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
		createWithOneSample().close();
		byte[] before = Files.readAllBytes(modelFile());

		try (ModelDocument document = ModelDocument.load(modelFile(),
				FailingOutputStream.atomicWriterFailingAfter(100))) {
			Category cat = document.getModel().getCategories().get(0);
			document.execute(SetCommand.create(document.getEditingDomain(), cat,
					ModelPackage.Literals.CATEGORY__DISPLAY_NAME, "Changed"));

			ModelFileException failure = assertThrows(ModelFileException.class, document::save);

			assertTrue(failure.getMessage().contains("model.modelbench"), failure.getMessage());
			assertTrue(document.isDirty(), "still unsaved");
		}
		assertArrayEquals(before, Files.readAllBytes(modelFile()));
		assertEquals(List.of(modelFile()), filesIn(folder));
	}

	@Test
	void executeAndSaveTakesTheCommandBackWhenTheSaveFails() throws Exception {
		createWithOneSample().close();
		byte[] before = Files.readAllBytes(modelFile());

		try (ModelDocument document = ModelDocument.load(modelFile(),
				FailingOutputStream.atomicWriterFailingAfter(100))) {
			Category cat = document.getModel().getCategories().get(0);
			Command rename = SetCommand.create(document.getEditingDomain(), cat,
					ModelPackage.Literals.CATEGORY__DISPLAY_NAME, "Changed");

			assertThrows(ModelFileException.class, () -> document.executeAndSave(rename));

			assertEquals("Katze", cat.getDisplayName());
			assertFalse(document.canUndo());
			assertFalse(document.canRedo(), "a failed change must not be redoable");
			assertFalse(document.isDirty());
		}
		assertArrayEquals(before, Files.readAllBytes(modelFile()));
	}

	@Test
	void loadingAMissingFileSaysWhichFile() {
		ModelFileException failure = assertThrows(ModelFileException.class, () -> ModelDocument.load(modelFile()));

		assertTrue(failure.getMessage().contains(modelFile().toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
	}

	@Test
	void loadingACorruptFileIsRefusedWithAClearMessage() throws Exception {
		createWithOneSample().close();
		byte[] bytes = Files.readAllBytes(modelFile());
		Files.write(modelFile(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

		ModelFileException failure = assertThrows(ModelFileException.class, () -> ModelDocument.load(modelFile()));

		assertTrue(failure.getMessage().contains("damaged"), failure.getMessage());
	}

	@Test
	void loadingXmlThatIsNoModelIsRefused() throws Exception {
		Files.writeString(modelFile(), "<?xml version=\"1.0\"?>\n<html/>\n");

		assertThrows(ModelFileException.class, () -> ModelDocument.load(modelFile()));
	}

	@Test
	void loadingNeverResolvesExternalEntities() throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "top secret");
		Files.writeString(modelFile(), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<modelbench:ModelProject xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
				+ " xmlns:modelbench=\"https://modelbench.dev/model/1.0\" name=\"&e;\"><settings/></modelbench:ModelProject>\n");

		assertThrows(ModelFileException.class, () -> ModelDocument.load(modelFile()));
	}

	@Test
	void createRefusesToOverwriteAnExistingFile() throws Exception {
		Files.writeString(modelFile(), "keep me");

		assertThrows(ModelFileException.class, () -> ModelDocument.create(modelFile(),
				InitialModel.create("x", TaskKind.IMAGE_CLASSIFICATION)));
		assertEquals("keep me", Files.readString(modelFile()));
	}

	@Test
	void taskKindIsWrittenWithItsLiteral() throws Exception {
		ModelDocument.create(modelFile(), InitialModel.create("Words", TaskKind.SOUND_CLASSIFICATION)).close();

		assertTrue(Files.readString(modelFile()).contains("taskKind=\"sound\""));
		try (ModelDocument reloaded = ModelDocument.load(modelFile())) {
			assertEquals(TaskKind.SOUND_CLASSIFICATION, reloaded.getModel().getTaskKind());
		}
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.toList();
		}
	}
}
