package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
		return Arrays.stream(Workbench.display().getShells())
				.filter(shell -> !shell.isDisposed() && "Trust this board?".equals(shell.getText())).findFirst().orElse(null);
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

			deploy.pressStopProgram();
			Workbench.waitUntil("the run stopped", 30, deploy::uploadAndRunEnabled);
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
			deploy.pressUploadAndRun();
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
		deploy.pressCompileAndFlashModel();
		String noPort = deploy.modelOnBoardStatus();
		assertTrue(noPort.startsWith("Choose the board's serial port first"), noPort);
	}

	private static IEditorPart activeEditor() {
		return Workbench.page().getActiveEditor();
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell());
	}
}
