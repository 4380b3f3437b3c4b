package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.webcam.DriverCameras;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.host.Host;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.editors.ModelEditor;

/** The Model editor's cards as a user works with them: add, rename, delete, undo, redo, save, and its tips. */
class ModelEditorTest {

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void addRenameAndDeleteAreUndoneAndRedoneWithTheDirtyMarkerAndSaved() throws Exception {
		ModelEditorTester tester = ModelEditorTester.open(Workbench.newProject("pets", TaskKind.IMAGE_CLASSIFICATION));
		ModelEditor editor = tester.editor();
		IAction undo = Workbench.onUiThread(
				() -> editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()));
		IAction redo = Workbench.onUiThread(
				() -> editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()));
		assertFalse(Workbench.onUiThread(editor::isDirty));

		tester.pressAddCategory();
		Category added = Workbench.onUiThread(() -> editor.model().getCategories().getFirst());
		assertEquals("Class 1", added.getDisplayName());
		assertTrue(Workbench.onUiThread(editor::isDirty));
		tester.rename(added, "Katze");
		assertEquals("Katze", added.getDisplayName());
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"editor-category-renamed.png");
		tester.pressDelete(added);
		assertEquals(0, (int) Workbench.onUiThread(() -> editor.model().getCategories().size()));

		Workbench.onUiThread(undo::run);
		assertEquals(List.of("Katze"), names(editor));
		Workbench.onUiThread(undo::run);
		assertEquals(List.of("Class 1"), names(editor));
		Workbench.onUiThread(undo::run);
		assertEquals(List.of(), names(editor));
		assertFalse(Workbench.onUiThread(editor::isDirty), "back where the file is");
		assertFalse(Workbench.onUiThread(undo::isEnabled));

		Workbench.onUiThread(redo::run);
		Workbench.onUiThread(redo::run);
		assertEquals(List.of("Katze"), names(editor));
		assertTrue(Workbench.onUiThread(editor::isDirty));
		Workbench.onUiThread(() -> editor.doSave(null));
		assertFalse(Workbench.onUiThread(editor::isDirty));
		try (ModelDocument saved = ModelDocument.load(editor.projectFolder().resolve(ProjectLayout.MODEL_FILE_NAME))) {
			assertEquals("Katze", saved.getModel().getCategories().getFirst().getDisplayName());
		}
		// Our own save must not reload the editor and lose the undo history.
		Workbench.sleep(500);
		assertTrue(Workbench.onUiThread(undo::isEnabled));
	}

	@Test
	void unbalancedCategoriesAreWarnedAboutWithTheSeedsTip() throws Exception {
		IProject project = Workbench.newProject("unbalanced", TaskKind.IMAGE_CLASSIFICATION);
		Path dataset = DatasetFolder.at(temp.resolve("set")).pngs("cat", 5).pngs("dog", 25).root();
		new ProjectDatasetImport(new DatasetImporter()).into(project, dataset, ImportOptions.defaults(), null);

		ModelEditorTester editor = ModelEditorTester.open(project);

		assertTrue(editor.messageIsWarning());
		assertTrue(editor.message().contains("unbalanced"), editor.message());
		String tips = editor.tips();
		assertTrue(tips.contains("dog has 25 samples but cat only 5"), tips);
		assertTrue(tips.contains("Fewer than 20 samples in cat"), tips);
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"editor-unbalanced-warning.png");
	}

	@Test
	void withoutACameraTheCaptureDialogSaysWhatToConnect() throws Exception {
		ModelEditorTester tester = ModelEditorTester.open(Workbench.newProject("nocam", TaskKind.IMAGE_CLASSIFICATION));
		ModelEditor editor = tester.editor();
		Category category = tester.addCategory("Cat");

		WebcamDialog dialog = Workbench.onUiThread(() -> editor.openWebcam(category, false));
		Workbench.waitUntil("the camera search is done", 60,
				() -> !dialog.picker().message().startsWith("Looking"));

		String message = Workbench.onUiThread(() -> dialog.picker().message());
		assertTrue(message.startsWith("No camera found. Connect a USB webcam"), message);
		assertFalse(Workbench.onUiThread(() -> dialog.recordButton().isEnabled()));
		Workbench.screenshot(Workbench.onUiThread(dialog::getShell), "webcam-no-camera.png");
		Workbench.onUiThread(dialog::close);
	}

	@Test
	void whereUsbWebcamsCannotWorkTheCaptureDialogSaysSoAndOffersAnIpCamera() throws Exception {
		// The USB lister an arm64 Linux gets, offered as a camera service beside this machine's own.
		try (OfferedService arm64Usb = OfferedService.of(CameraLister.class, DriverCameras.usb(Host.of("Linux", "aarch64")))) {
			ModelEditorTester tester = ModelEditorTester.open(Workbench.newProject("nousb", TaskKind.IMAGE_CLASSIFICATION));
			ModelEditor editor = tester.editor();
			Category category = tester.addCategory("Cat");

			WebcamDialog dialog = Workbench.onUiThread(() -> editor.openWebcam(category, false));
			Workbench.waitUntil("the camera search is done", 60,
					() -> !dialog.picker().message().startsWith("Looking"));

			String message = Workbench.onUiThread(() -> dialog.picker().message());
			assertTrue(message.contains("USB webcams are not supported on Linux (aarch64)"), message);
			assertTrue(message.contains("Add IP camera..."), message);
			Workbench.screenshot(Workbench.onUiThread(dialog::getShell), "webcam-no-usb-driver.png");
			Workbench.onUiThread(dialog::close);
		}
	}

	@Test
	void aThousandThumbnailsLoadWithoutFreezingTheUi() throws Exception {
		IProject project = Workbench.newProject("thousand", TaskKind.IMAGE_CLASSIFICATION);
		Path dataset = DatasetFolder.at(temp.resolve("many")).pngs("cat", 500).pngs("dog", 500).root();
		new ProjectDatasetImport(new DatasetImporter()).into(project, dataset, ImportOptions.defaults(), null);

		ModelEditor editor = Workbench.openEditor(project);
		long slowest = Workbench.slowestRoundTripMillis(() -> Workbench.onUiThread(editor::loadedThumbnails) < 1000, 120);

		assertEquals(1000, (int) Workbench.onUiThread(editor::loadedThumbnails));
		assertTrue(slowest < 200, "the UI thread answered within " + slowest + " ms");
	}

	private static List<String> names(ModelEditor editor) {
		return Workbench.onUiThread(() -> editor.model().getCategories().stream().map(Category::getDisplayName).toList());
	}
}
