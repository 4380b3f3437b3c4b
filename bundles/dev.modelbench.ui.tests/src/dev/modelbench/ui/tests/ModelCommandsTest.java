package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.training.TrainingJob;
import dev.modelbench.ui.training.TrainingView;

/**
 * Every step is a command: found by the command service (and so by Quick Access), enabled as the
 * project's state allows, and run the same way from the Model menu, the Project Explorer's context
 * menu, a key and the views' buttons.
 */
class ModelCommandsTest {

	private static final List<String> ALL = List.of(ModelCommands.NEW_PROJECT, ModelCommands.ADD_CATEGORY,
			ModelCommands.IMPORT_DATASET, ModelCommands.RECORD_WEBCAM, ModelCommands.RECORD_MICROPHONE, ModelCommands.RECORD_BOARD,
			ModelCommands.TRAIN, ModelCommands.CANCEL_TRAINING, ModelCommands.VALIDATE_WEBCAM,
			ModelCommands.VALIDATE_MICROPHONE, ModelCommands.VALIDATE_BOARD, ModelCommands.VALIDATE_FILE, ModelCommands.EXPORT,
			ModelCommands.GENERATE_SKETCH, ModelCommands.GENERATE_MODEL_CODE, ModelCommands.COMPILE_AND_UPLOAD,
			ModelCommands.CONNECT_PUSH, ModelCommands.DISCONNECT_PUSH, ModelCommands.START_BROKER,
			ModelCommands.STOP_BROKER, ModelCommands.OPEN_SERIAL_MONITOR, ModelCommands.COMPILE_AND_FLASH_MODEL,
			ModelCommands.RUN_ON_BOARD, ModelCommands.STOP_ON_BOARD, ModelCommands.SERIAL_CONNECT,
			ModelCommands.SERIAL_DISCONNECT, ModelCommands.SERIAL_SEND, ModelCommands.SERIAL_CLEAR,
			ModelCommands.SERIAL_SAVE_LOG, ModelCommands.REFRESH_DEVICES);

	private static IProject digits;
	private final ExecutedCommands recorder = new ExecutedCommands();
	private final List<String> executed = recorder.ids();

	@BeforeAll
	static void importDigits() throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		try {
			digits = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(ResourcesPlugin.getWorkspace(),
					"digits", SampleDataset.QUICK_START.taskKind(), null, zip, ImportOptions.defaults(),
					new NullProgressMonitor()).project();
		} finally {
			Files.deleteIfExists(zip);
		}
	}

	@AfterAll
	static void cleanUp() throws Exception {
		WorkspaceProjects.deleteAll();
	}

	@BeforeEach
	void listen() {
		commands().addExecutionListener(recorder);
	}

	@AfterEach
	void closeEditors() {
		commands().removeExecutionListener(recorder);
		Job.getJobManager().cancel(TrainingJob.FAMILY);
		Workbench.waitUntil("no training runs", 120, () -> Job.getJobManager().find(TrainingJob.FAMILY).length == 0);
		Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
	}

	@Test
	void everyStepIsACommandInTheModelBenchCategory() throws Exception {
		for (String id : ALL) {
			Command command = commands().getCommand(id);
			assertTrue(command.isDefined(), id);
			assertEquals("Model Bench", command.getCategory().getName(), id);
			assertFalse(command.getName().isBlank(), id);
			assertTrue(command.isHandled(), id + " has a handler");
		}
		assertEquals("Train", commands().getCommand(ModelCommands.TRAIN).getName());
	}

	@Test
	void theCommandsAreEnabledByWhatTheProjectHas() throws Exception {
		IProject empty = Workbench.newProject("empty", TaskKind.IMAGE_CLASSIFICATION);
		IProject sounds = Workbench.newProject("sounds", TaskKind.SOUND_CLASSIFICATION);
		try {
			selectInExplorer(ResourcesPlugin.getWorkspace().getRoot().getProject("not-a-model"));
			Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
			selectInExplorer(null);
			assertFalse(enabled(ModelCommands.TRAIN), "Train without a Model project");
			assertTrue(enabled(ModelCommands.NEW_PROJECT));

			selectInExplorer(empty);
			assertTrue(enabled(ModelCommands.TRAIN), "Train on the selected Model project");
			assertTrue(enabled(ModelCommands.RECORD_WEBCAM), "the webcam records pictures");
			assertFalse(enabled(ModelCommands.RECORD_MICROPHONE), "no microphone for a picture project");
			assertFalse(enabled(ModelCommands.EXPORT), "nothing to export before training");
			assertFalse(enabled(ModelCommands.VALIDATE_FILE), "nothing to validate before training");
			assertFalse(enabled(ModelCommands.CANCEL_TRAINING), "no training to cancel");
			assertFalse(enabled(ModelCommands.COMPILE_AND_UPLOAD), "no port chosen");

			selectInExplorer(sounds.getFile("model.modelbench"));
			assertTrue(enabled(ModelCommands.RECORD_MICROPHONE), "the microphone records sounds");
			assertFalse(enabled(ModelCommands.RECORD_WEBCAM), "no webcam for a sound project");
		} finally {
			Workbench.onUiThread(() -> {
				empty.delete(true, null);
				sounds.delete(true, null);
				return null;
			});
		}
	}

	@Test
	void trainFromTheModelMenuStartsTrainingAndThenExportAndValidateAreEnabled() throws Exception {
		ModelEditor editor = Workbench.openEditor(digits);
		TrainingViewTester view = TrainingViewTester.show();
		view.setEpochs(3);
		Workbench.onUiThread(() -> Workbench.page().activate(editor));

		Workbench.onUiThread(() -> Menus.select(Menus.menuItem(Menus.mainMenu(), "Model", "Train")));

		assertEquals(List.of(ModelCommands.TRAIN), executed);
		view.waitUntilTrained(300);
		assertTrue(view.showsResult(), view.status());
		assertTrue(TrainedModelStore.hasModel(digits.getLocation().toPath()));
		Workbench.waitUntil("Export is enabled", 30, () -> enabledNow(ModelCommands.EXPORT));
		assertTrue(enabled(ModelCommands.VALIDATE_FILE));
		assertTrue(Workbench.onUiThread(() -> Menus.menuItem(Menus.mainMenu(), "Model", "Export Model...").isEnabled()));
	}

	@Test
	void trainFromTheProjectExplorersContextMenuStartsTraining() throws Exception {
		CommonNavigator explorer = selectInExplorer(digits);

		Workbench.onUiThread(() -> {
			Menu popup = explorer.getCommonViewer().getControl().getMenu();
			Menus.select(Menus.menuItem(popup, "Model", "Train"));
		});

		assertEquals(List.of(ModelCommands.TRAIN), executed);
		assertTrue(Job.getJobManager().find(TrainingJob.FAMILY).length > 0
				|| TrainingViewTester.show().showsResult(),
				"training started");
		ModelEditor editor = Workbench.onUiThread(() -> (ModelEditor) Workbench.page().getActiveEditor());
		assertEquals(digits, editor.modelFile().getProject(), "the project's editor opened for the views to follow");
		Workbench.waitUntil("Cancel is enabled while it trains", 30,
				() -> enabledNow(ModelCommands.CANCEL_TRAINING) || Job.getJobManager().find(TrainingJob.FAMILY).length == 0);
	}

	@Test
	void trainByItsKeyInTheModelEditor() throws Exception {
		ModelEditorTester editor = ModelEditorTester.open(digits);
		Workbench.onUiThread(() -> Workbench.page().activate(editor.editor()));

		Workbench.onUiThread(() -> press(editor.body(), 'r'));

		assertEquals(List.of(ModelCommands.TRAIN), executed);
		assertNotNull(Workbench.onUiThread(() -> Workbench.page().findView(TrainingView.ID)));
		TrainingViewTester view = TrainingViewTester.show();
		assertTrue(view.isTraining() || view.showsResult());
	}

	@Test
	void theKeysAreBoundInTheModelBenchContext() throws Exception {
		ModelEditor editor = Workbench.openEditor(digits);
		Workbench.onUiThread(() -> Workbench.page().activate(editor));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);

		assertEquals(ModelCommands.TRAIN, Workbench.onUiThread(
				() -> bindings.getPerfectMatch(KeySequence.getInstance("M1+M3+R")).getParameterizedCommand().getId()));
		assertEquals(ModelCommands.EXPORT, Workbench.onUiThread(
				() -> bindings.getPerfectMatch(KeySequence.getInstance("M1+M3+E")).getParameterizedCommand().getId()));
	}

	@Test
	void theTrainingViewsButtonRunsTheTrainCommand() throws Exception {
		ModelEditor editor = Workbench.openEditor(digits);
		int epochs = Workbench.onUiThread(() -> editor.model().getSettings().getEpochs());
		TrainingViewTester view = TrainingViewTester.show();
		// The CNN for a thousand epochs: still training when Cancel is pressed, however fast the machine.
		view.chooseModel("cnn");
		view.setEpochs(TrainingOptions.MAX_EPOCHS);
		try {
			view.pressTrain();

			assertEquals(List.of(ModelCommands.TRAIN), executed);
			assertTrue(view.isTraining(), view.status());
			Workbench.waitUntil("Cancel is enabled", 30, () -> enabledNow(ModelCommands.CANCEL_TRAINING));
			view.pressCancel();
			assertEquals(List.of(ModelCommands.TRAIN, ModelCommands.CANCEL_TRAINING), executed.subList(0,
					Math.min(2, executed.size())));
			view.waitUntilTrained(120);
		} finally {
			view.chooseModel("transfer");
			view.setEpochs(epochs);
		}
	}

	@Test
	void exportByItsKeyWritesWhereTheButtonDoes(@TempDir Path folder) throws Exception {
		ModelEditorTester editor = trainedDigits();
		ValidationViewTester validation = ValidationViewTester.show();
		Workbench.onUiThread(() -> Workbench.page().activate(editor.editor()));
		Workbench.waitUntil("Export is enabled", 30, () -> enabledNow(ModelCommands.EXPORT));

		// The key asks for the folder, as the button does; Escape there exports nothing.
		Workbench.display().asyncExec(() -> press(editor.body(), 'e'));
		Workbench.waitUntil("Export ran", 30, () -> executed.contains(ModelCommands.EXPORT));
		Workbench.sleep(1500);
		postKey(SWT.ESC);
		Workbench.waitUntil("the folder question is answered", 30,
				() -> editor.message() == null || !editor.message().startsWith("Exporting"));

		// With the folder given, the same command writes the model where the Validation view's button does.
		validation.exportTo(folder);
		Workbench.waitUntil("exported", 60, () -> validation.exportStatus().startsWith("Exported"));
		try (var written = Files.list(folder)) {
			assertTrue(written.anyMatch(file -> file.getFileName().toString().endsWith(".onnx")),
					validation.exportStatus());
		}
	}

	@Test
	void theValidationViewsButtonsWorkOnItsProjectWhileAnotherEditorIsActive(@TempDir Path folder) throws Exception {
		trainedDigits();
		ValidationViewTester validation = ValidationViewTester.show();
		validation.waitForTheModel();
		IFile notes = digits.getFile("notes.txt");
		if (!notes.exists()) {
			notes.create(new java.io.ByteArrayInputStream("about the digits".getBytes()), true, null);
		}
		// A text editor in front: the view still shows the digits, and its Export must export them.
		IEditorPart text = Workbench
				.onUiThread(() -> IDE.openEditor(Workbench.page(), notes, "org.eclipse.ui.DefaultTextEditor"));
		try {
			assertTrue(validation.exportTo(folder), "Export runs on the project the view shows");
			Workbench.waitUntil("exported there", 60, () -> validation.exportStatus().contains(folder.toString()));
			try (var written = Files.list(folder)) {
				assertTrue(written.anyMatch(file -> file.getFileName().toString().endsWith(".onnx")),
						validation.exportStatus());
			}
		} finally {
			Workbench.onUiThread(() -> Workbench.page().closeEditor(text, false));
		}
	}

	@Test
	void anotherProjectsEditorDoesNotShowTheLastProjectsExport(@TempDir Path folder) throws Exception {
		trainedDigits();
		ValidationViewTester validation = ValidationViewTester.show();
		validation.waitForTheModel();
		assertTrue(validation.exportTo(folder));
		Workbench.waitUntil("exported", 60, () -> validation.exportStatus().contains(folder.toString()));

		ModelEditorTester.open(Workbench.newProject("other", TaskKind.IMAGE_CLASSIFICATION));
		Workbench.waitUntil("the view shows the other project", 30, () -> validation.heading().contains("other"));
		assertEquals("", validation.exportStatus(), "the digits' export is not the other project's");
	}

	/** The digits' Model editor, trained for two epochs unless a trained model is there. */
	private static ModelEditorTester trainedDigits() {
		ModelEditorTester editor = ModelEditorTester.open(digits);
		TrainingViewTester training = TrainingViewTester.show();
		if (!TrainedModelStore.hasModel(digits.getLocation().toPath())) {
			training.setEpochs(2);
			training.pressTrain();
			training.waitUntilTrained(300);
		}
		return editor;
	}

	private static ICommandService commands() {
		return PlatformUI.getWorkbench().getService(ICommandService.class);
	}

	/** Whether {@code id} is enabled now, as a menu asks before it shows. */
	private static boolean enabled(String id) {
		return Workbench.onUiThread(() -> enabledNow(id));
	}

	private static boolean enabledNow(String id) {
		Command command = commands().getCommand(id);
		command.setEnabled(PlatformUI.getWorkbench().getService(IHandlerService.class).getCurrentState());
		return command.isEnabled();
	}

	/** Shows the Project Explorer, active, with {@code resource} selected (nothing when null or missing). */
	private static CommonNavigator selectInExplorer(org.eclipse.core.resources.IResource resource) {
		return Workbench.onUiThread(() -> {
			CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
			Workbench.page().activate(explorer);
			explorer.selectReveal(resource == null || !resource.exists() ? StructuredSelection.EMPTY
					: new StructuredSelection(resource));
			return explorer;
		});
	}

	/** Ctrl+Alt+{@code key} as the keyboard gives it to the focused control, through the key bindings. */
	private static void press(org.eclipse.swt.widgets.Control control, char key) {
		Event event = new Event();
		event.type = SWT.KeyDown;
		event.keyCode = key;
		event.character = (char) (key & 0x1f);
		event.stateMask = SWT.MOD1 | SWT.MOD3;
		event.widget = control;
		control.notifyListeners(SWT.KeyDown, event);
	}

	/** A real key press through the X server, for a native dialog (whose loop holds the UI thread). */
	private static void postKey(int keyCode) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			Workbench.display().post(event);
		}
	}
}
