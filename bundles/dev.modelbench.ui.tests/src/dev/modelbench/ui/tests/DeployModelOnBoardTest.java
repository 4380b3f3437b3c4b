package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.tests.fixtures.SshBoard;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.imagecnn.ImageCnn;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.transfer.TransferLearning;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.perspectives.DeployPerspective;

/**
 * The Deploy view's "the board runs the model" section on the shipped digits, trained for a few
 * epochs twice: by transfer learning (the default) and as the small CNN. The UNIHIKER's program is
 * generated, opened, copied to an SSH server standing in for the board and run there; a
 * microcontroller refuses the transfer model in words; the CNN becomes a XIAO ESP32S3 Sense sketch
 * with its flash, RAM and time.
 */
class DeployModelOnBoardTest {

	@TempDir
	static Path temp;

	private static IProject transfer;
	private static IProject cnn;
	private static DeployViewTester deploy;

	@BeforeAll
	static void trainTheDigitsTwiceAndOpenTheDeployView() throws Exception {
		transfer = trainedDigits("boarddigits", TransferLearning.ID);
		cnn = trainedDigits("cnndigits", ImageCnn.ID);
		Workbench.onUiThread(() -> {
			Workbench.page().getWorkbenchWindow().getShell().setBounds(Workbench.display().getClientArea().x,
					Workbench.display().getClientArea().y, 1280, 960);
			Workbench.page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(DeployPerspective.ID));
		});
		deploy = DeployViewTester.show();
	}

	/** The digits imported as {@code name} and trained for three epochs as model kind {@code kind}. */
	private static IProject trainedDigits(String name, String kind) throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		IProject project;
		try {
			project = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(ResourcesPlugin.getWorkspace(), name,
					SampleDataset.QUICK_START.taskKind(), null, zip, ImportOptions.defaults(), new NullProgressMonitor())
					.project();
		} finally {
			Files.deleteIfExists(zip);
		}
		ModelEditor editor = Workbench.openEditor(project);
		SampleSet samples = Workbench.onUiThread(() -> {
			editor.execute(ProjectSamples.assignSplits(editor.document().getEditingDomain(), editor.model()));
			return ProjectSamples.of(editor.model(), editor.projectFolder());
		});
		TrainingOptions options = new TrainingOptions(16, 3, "auto", 0.001, TrainingOptions.DEFAULT_WEIGHT_DECAY, 0, false, 42);
		TrainingOutcome<TrainedModel> outcome = ProjectTraining.train(editor.projectFolder(), samples,
				ModelKinds.find(kind).orElseThrow().create(), options, epoch -> {
				}, new NullProgressMonitor());
		outcome.model().close();
		return project;
	}

	@AfterAll
	static void cleanUp() throws Exception {
		Workbench.leaveDeployPerspective();
		WorkspaceProjects.deleteAll();
	}

	/** Answers Model Bench's question whether to trust a board met for the first time, once it shows the board's fingerprint. */
	private static void trustWhenAsked(SshBoard board) throws Exception {
		String fingerprint = board.fingerprint();
		Workbench.waitUntil("Model Bench asks whether to trust the board", 60, () -> trustQuestion() != null);
		Workbench.onUiThread(() -> {
			Shell question = trustQuestion();
			assertNotNull(Workbench.find(question, Label.class, label -> label.getText().contains(fingerprint)),
					"the question shows the fingerprint " + fingerprint);
			Workbench.click(Workbench.button(question, "Trust This Board"));
		});
	}

	private static Shell trustQuestion() {
		return Widgets.shellTitled("Trust this board?");
	}

	@Test
	void theUnihikerProgramOpensIsCopiedToTheBoardAndRunsThereUntilStopped() throws Exception {
		Path remote = Files.createDirectories(temp.resolve("board/root/modelbench"));
		// Stands in for OpenCV on the board: main.py's first import of it prints a line a second
		// (the camera loop), and ends by itself should nothing stop it.
		Files.writeString(remote.resolve("cv2.py"), """
				import time
				for frame in range(120):
				    print("camera stand-in, frame %d" % frame, flush=True)
				    time.sleep(0.5)
				""");
		try (SshBoard board = SshBoard.start(Files.createDirectories(temp.resolve("ssh")))) {
			Workbench.openEditor(transfer);
			deploy.chooseBoard("UNIHIKER");
			assertTrue(deploy.modelOnBoardShown());
			Workbench.onUiThread(() -> deploy.view().setBoardLogin(board.method(remote)));
			deploy.pressUploadAndRun();
			assertFalse(deploy.uploadAndRunEnabled(), deploy.modelOnBoardStatus());
			trustWhenAsked(board);
			Workbench.waitUntil("the program runs on the board", 120,
					() -> deploy.modelOnBoardStatus().startsWith("main.py runs on the UNIHIKER"));

			Path program = transfer.getLocation().toPath().resolve("deploy/dfrobot.unihiker");
			for (String file : List.of("main.py", "settings.json", "model.onnx", "model.yaml")) {
				assertArrayEquals(Files.readAllBytes(program.resolve(file)), Files.readAllBytes(remote.resolve(file)), file);
			}
			assertTrue(Files.readString(remote.resolve("model.yaml")).contains("class_names: [\"one\", \"seven\", \"zero\"]"),
					Files.readString(remote.resolve("model.yaml")));
			Workbench.waitUntil("what the program prints is in the console", 30,
					() -> deploy.programOutput("UNIHIKER").contains("camera stand-in, frame 0"));
			assertEquals("main.py", Workbench.onUiThread(() -> activeEditor().getEditorInput().getName()));
			Workbench.screenshot(shell(), "6-deploy-model-on-board.png");

			// While it runs, Upload and Run is greyed in the Model menu, and Stop in the view's toolbar ends it
			// as the Stop button does.
			assertFalse(Workbench.onUiThread(() -> Menus.menuItem(Menus.mainMenu(), "Model", "Upload and Run on Board").isEnabled()));
			Menus.pressToolItem(ModelCommands.STOP_ON_BOARD);
			Workbench.waitUntil("the run stopped", 30, deploy::uploadAndRunEnabled);
			Workbench.waitUntil("nothing is left to stop", 10, () -> !Menus.toolItemEnabled(ModelCommands.STOP_ON_BOARD));
			Workbench.waitUntil("the status says it stopped", 10, () -> deploy.modelOnBoardStatus().startsWith("Stopped"));
		}
	}

	@Test
	void aRefusedLoginIsSaidInTheEnginesWordsAndNothingRuns() throws Exception {
		try (SshBoard board = SshBoard.start(Files.createDirectories(temp.resolve("ssh-login")))) {
			UploadMethod.Sftp right = board.method(temp.resolve("board-login"));
			Workbench.openEditor(transfer);
			deploy.chooseBoard("UNIHIKER");
			Workbench.onUiThread(() -> deploy.view()
					.setBoardLogin(new UploadMethod.Sftp(right.host(), right.port(), "root", "changed", right.folder())));
			// The Model menu's Upload and Run on Board does what the view's button does.
			Workbench.onUiThread(() -> Menus.select(Menus.menuItem(Menus.mainMenu(), "Model", "Upload and Run on Board")));
			assertFalse(deploy.uploadAndRunEnabled(), deploy.modelOnBoardStatus());
			trustWhenAsked(board);
			Workbench.waitUntil("the run ended", 60, deploy::uploadAndRunEnabled);
			Workbench.waitUntil("the refusal is said", 10, () -> deploy.modelOnBoardStatus().contains("refused the login root")
					&& deploy.modelOnBoardStatus().contains("\"dfrobot\""));
			assertFalse(Files.exists(temp.resolve("board-login")), "nothing was copied");
		}
	}

	@Test
	void aMicrocontrollerRefusesTheTransferModelInWordsAndAnUnoShowsNoSuchSection() throws Exception {
		Workbench.openEditor(transfer);
		deploy.chooseBoard("XIAO ESP32S3 Sense");
		deploy.pressGenerateModelCode();
		Workbench.waitUntil("the refusal is said", 60, () -> deploy.modelOnBoardStatus().contains("runs only models trained from scratch"));
		assertTrue(deploy.modelOnBoardStatus().contains("Transfer learning (MobileNetV2)"), deploy.modelOnBoardStatus());
		assertFalse(Files.exists(transfer.getLocation().toPath().resolve("deploy/seeed.xiao.esp32s3.sense/model")),
				"no export is left for a model that cannot run there");

		deploy.chooseBoard("Arduino Uno");
		assertFalse(deploy.modelOnBoardShown(), "the Uno cannot run a model itself");
	}

	@Test
	void theSmallCnnBecomesAXiaoSketchThatOpensWithItsFlashRamAndTime() throws Exception {
		Workbench.openEditor(cnn);
		deploy.chooseBoard("XIAO ESP32S3 Sense");
		deploy.pressGenerateModelCode();
		Workbench.waitUntil("the sketch is written", 60, () -> deploy.modelOnBoardStatus().startsWith("Wrote "));
		String status = deploy.modelOnBoardStatus();
		assertTrue(status.startsWith("Wrote deploy/seeed.xiao.esp32s3.sense/cnndigits/cnndigits.ino.")
				&& status.contains("On XIAO ESP32S3 Sense: ") && status.contains(" bytes of flash of ")
				&& status.contains(" ms a result"), status);
		Path ino = cnn.getLocation().toPath().resolve("deploy/seeed.xiao.esp32s3.sense/cnndigits/cnndigits.ino");
		assertTrue(Files.readString(ino).contains("Serial.begin(115200)"), Files.readString(ino));
		Workbench.waitUntil("the sketch is open", 10, () -> "cnndigits.ino".equals(activeEditor().getEditorInput().getName()));
		Workbench.screenshot(shell(), "6-deploy-model-on-board-xiao.png");
	}

	@Test
	void compileAndFlashAsksForThePortTheXiaoIsFlashedOver() throws Exception {
		Workbench.openEditor(cnn);
		deploy.chooseBoard("XIAO ESP32S3 Sense");
		deploy.typePort("");
		assertFalse(Workbench.onUiThread(() -> Menus.menuItem(Menus.mainMenu(), "Model", "Compile and Flash Model").isEnabled()),
				"greyed without a port");
		deploy.pressCompileAndFlashModel();
		String noPort = deploy.modelOnBoardStatus();
		assertTrue(noPort.startsWith("Choose the board's serial port first"), noPort);
	}

	@Test
	void aBoardWhoseKeyChangedIsRefusedAndForgettingTheOldKeyLetsItsNewKeyBeTrusted() throws Exception {
		Path remote = Files.createDirectories(temp.resolve("reflashed/root/modelbench"));
		Workbench.openEditor(transfer);
		deploy.chooseBoard("UNIHIKER");
		int port;
		try (SshBoard before = SshBoard.start(Files.createDirectories(temp.resolve("ssh-before")))) {
			port = before.port();
			Workbench.onUiThread(() -> deploy.view().setBoardLogin(before.method(remote)));
			deploy.pressUploadAndRun();
			trustWhenAsked(before);
			Workbench.waitUntil("the first run ended", 120, deploy::uploadAndRunEnabled);
		}
		// The same address with another key: a re-flashed board.
		try (SshBoard reflashed = SshBoard.start(Files.createDirectories(temp.resolve("ssh-after")), port)) {
			Workbench.onUiThread(() -> deploy.view().setBoardLogin(reflashed.method(remote)));
			deploy.pressUploadAndRun();
			Workbench.waitUntil("Model Bench says the key changed", 60,
					() -> Widgets.shellTitled("This board's key has changed") != null);
			Shell changed = Workbench.onUiThread(() -> Widgets.shellTitled("This board's key has changed"));
			String newKey = reflashed.fingerprint();
			assertNotNull(Workbench.onUiThread(() -> Workbench.find(changed, Label.class, label -> label.getText().contains(newKey))),
					"the message shows the new key " + newKey);
			assertEquals(0, reflashed.passwordTries(), "no password to a board whose key changed");
			Workbench.screenshot(changed, "6-deploy-board-key-changed.png");
			Workbench.onUiThread(() -> Workbench.click(Workbench.button(changed, "Forget Old Key")));
			Workbench.waitUntil("the status says the old key is forgotten", 10,
					() -> deploy.modelOnBoardStatus().startsWith("The old key of the board at 127.0.0.1 is forgotten"));

			deploy.pressUploadAndRun();
			trustWhenAsked(reflashed);
			Workbench.waitUntil("the run on the re-flashed board ended", 120, deploy::uploadAndRunEnabled);
			assertTrue(reflashed.passwordTries() > 0, "logged in once its new key was trusted");
			assertTrue(Files.exists(remote.resolve("main.py")));
		}
	}

	private static IEditorPart activeEditor() {
		return Workbench.page().getActiveEditor();
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell());
	}
}
