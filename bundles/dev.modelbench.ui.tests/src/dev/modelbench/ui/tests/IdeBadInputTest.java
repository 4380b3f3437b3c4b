package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.training.TrainingJob;

/**
 * The IDE on bad input (issue 24's probe): a damaged model file, a sample deleted under the editor,
 * a project closed while it trains, a webcam pulled out while recording. Each gives a message in
 * words, loses nothing, and opens no error dialog.
 */
class IdeBadInputTest {

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen()) {
				project.open(new NullProgressMonitor());
			}
		}
		WorkspaceProjects.deleteAll();
	}

	@Test
	void aDamagedModelFileOpensAsAMessageWithoutAStackTraceAndIsLeftAsItWas() throws Exception {
		IProject project = Workbench.newProject("damaged", TaskKind.IMAGE_CLASSIFICATION);
		IFile modelFile = project.getFile(ProjectLayout.MODEL_FILE_NAME);
		Path file = modelFile.getLocation().toPath();
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<modelbench:ModelProject name=\"x\"");
		byte[] damaged = Files.readAllBytes(file);
		modelFile.refreshLocal(IResource.DEPTH_ZERO, null);
		List<Shell> shellsBefore = shells();

		IEditorPart part = Workbench.onUiThread(() -> IDE.openEditor(Workbench.page(), modelFile, ModelEditor.ID));
		Workbench.sleep(500);

		assertFalse(part instanceof ModelEditor);
		List<String> texts = Workbench.onUiThread(() -> texts(Workbench.page().getWorkbenchWindow().getShell()));
		assertTrue(texts.stream().anyMatch(text -> text.contains("is damaged and cannot be read")), texts.toString());
		assertFalse(texts.stream().anyMatch(IdeBadInputTest::looksLikeAStackTrace), texts.toString());
		assertTrue(Workbench.onUiThread(() -> texts.stream().noneMatch(text -> text.contains("Details"))),
				"no details button that opens a stack trace: " + texts);
		assertEquals(shellsBefore, shells(), "no error dialog");
		assertArrayEquals(damaged, Files.readAllBytes(file));
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"editor-damaged-model-file.png");
	}

	@Test
	void aSampleFileDeletedWhileTheEditorShowsItIsNamedAndTheRestStays() throws Exception {
		IProject project = Workbench.newProject("deleted", TaskKind.IMAGE_CLASSIFICATION);
		Path dataset = DatasetFolder.at(temp.resolve("set")).pngs("cat", 3).pngs("dog", 3).root();
		new ProjectDatasetImport(new DatasetImporter()).into(project, dataset, ImportOptions.defaults(), null);
		ModelEditorTester tester = ModelEditorTester.open(project);
		ModelEditor editor = tester.editor();
		Workbench.waitUntil("the thumbnails are loaded", 30, () -> editor.loadedThumbnails() >= 6);
		List<Shell> shellsBefore = shells();

		project.getFile("data/cat/img00.png").delete(true, null);
		Workbench.sleep(1000);

		assertEquals(shellsBefore, shells(), "no error dialog");
		String header = tester.message();
		assertTrue(header.contains("data/cat/img00.png"), header);
		assertEquals(6, (int) Workbench.onUiThread(
				() -> editor.model().getCategories().stream().mapToInt(c -> c.getSamples().size()).sum()),
				"the model still lists it: putting the file back brings it back");
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"editor-sample-deleted.png");
	}

	@Test
	void aProjectClosedWhileItTrainsKeepsItsFilesAndOpensNoErrorDialog() throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		IProject project = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(
				ResourcesPlugin.getWorkspace(), "closing", SampleDataset.QUICK_START.taskKind(), null, zip,
				ImportOptions.defaults(), new NullProgressMonitor()).project();
		Path folder = project.getLocation().toPath();
		ModelEditor editor = Workbench.openEditor(project);
		TrainingViewTester view = TrainingViewTester.show();
		view.setEpochs(10_000);
		Workbench.onUiThread(() -> Workbench.page().activate(editor));
		assertNotNull(view.pressTrain());
		Workbench.waitUntil("an epoch finished", 300, () -> view.lossChart().points(0) >= 1);
		List<Shell> shellsBefore = shells();

		project.close(new NullProgressMonitor());
		for (int waited = 0; waited < 120 && view.isTraining(); waited++) {
			Workbench.sleep(1000);
		}
		assertFalse(view.isTraining(), "still training: " + view.status()
				+ ", jobs " + Arrays.toString(Job.getJobManager().find(TrainingJob.FAMILY)));
		Workbench.sleep(1000);

		assertEquals(shellsBefore, shells(), "no error dialog");
		String status = view.status();
		assertTrue(status.contains("closed"), status);
		try (ModelDocument model = ModelDocument.load(folder.resolve(ProjectLayout.MODEL_FILE_NAME))) {
			assertEquals(3, model.getModel().getCategories().size());
		}
		assertTrue(Files.isRegularFile(folder.resolve("trained/model.mbmodel")), "the best epoch is kept");
	}

	@Test
	void aWebcamPulledOutWhileRecordingKeepsThePicturesTakenAndSaysSo() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("unplugged", TaskKind.IMAGE_CLASSIFICATION));
		Category cat = ModelEditorTester.of(editor).addCategory("Cat");
		try (FakeCamera camera = FakeCamera.plugIn()) {
			WebcamDialogTester webcam = new WebcamDialogTester(Workbench.onUiThread(() -> editor.openWebcam(cat, false)));
			webcam.waitForThePreview("the fake camera is previewing");
			webcam.holdRecord();
			Workbench.sleep(1000);

			camera.unplug();
			Workbench.waitUntil("the loss of the camera is shown", 30, () -> !webcam.recordEnabled());
			// The student lets go of the button only now, or never: the pictures must be kept anyway.

			String status = webcam.status();
			assertTrue(status.contains("Fake camera"), status);
			// The status line counts the pictures kept, and the category holds just those.
			int recorded = webcam.recordedPictures();
			assertTrue(recorded > 0, status);
			assertEquals(recorded, (int) Workbench.onUiThread(() -> cat.getSamples().size()));
			Workbench.screenshot(webcam.shell(), "webcam-unplugged.png");
			webcam.close();
		}
	}

	private static boolean looksLikeAStackTrace(String text) {
		return text.contains("Exception") || text.contains("\tat ") || text.contains(".java:");
	}

	private static List<Shell> shells() {
		return Workbench.onUiThread(() -> Arrays.stream(Workbench.display().getShells()).filter(Shell::isVisible)
				.toList());
	}

	private static List<String> texts(Composite root) {
		List<String> texts = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Text text) {
				texts.add(text.getText());
			} else if (child instanceof StyledText text) {
				texts.add(text.getText());
			} else if (child instanceof Button button) {
				texts.add(button.getText());
			}
			if (child instanceof Composite composite) {
				texts.addAll(texts(composite));
			}
		}
		return texts;
	}
}
