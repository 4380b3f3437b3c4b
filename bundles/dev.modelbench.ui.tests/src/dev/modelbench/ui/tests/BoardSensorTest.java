package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.audio.SoundInputLister;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;
import dev.modelbench.ui.capture.BoardCamera;
import dev.modelbench.ui.capture.BoardMicrophone;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * A board as the webcam dialog's camera and as a microphone, against the simulated SSCMA board on
 * a pty: live preview, hold to record, and the saved samples are the board's own JPEG files.
 */
class BoardSensorTest {

	private static List<byte[]> jpegs;
	private static short[] pcm;

	@TempDir
	Path temp;

	@BeforeAll
	static void makeSensorData() throws Exception {
		jpegs = CameraJpegs.frames(4, CameraJpegs.SIZE);
		pcm = SimulatedSscmaBoard.tone(440, 12_000);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theBoardsCameraPreviewsAndHoldToRecordSavesItsOwnJpegs() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("desk", TaskKind.IMAGE_CLASSIFICATION));
		Category mug = ModelEditorTester.of(editor).addCategory("Mug");
		String name = "Board camera: XIAO ESP32S3 Sense (simulated on a pty)";
		try (PtyPair pty = PtyPair.open(temp);
				// 200 kB/s: about 20 frames a second, as over the XIAO's USB with a busy camera.
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm).pace(200_000);
				OfferedService lister = OfferedService.of(CameraLister.class, () -> List.of(new BoardCamera(pty.a(), name)))) {
			WebcamDialogTester webcam = new WebcamDialogTester(Workbench.onUiThread(() -> editor.openWebcam(mug, false)));
			webcam.waitForThePreview("the board's camera is chosen and its frames are shown");
			assertEquals(name, webcam.chosenCamera());
			webcam.setFramesPerSecond(5);

			webcam.holdRecord();
			Workbench.sleep(1200);
			Workbench.screenshot(webcam.shell(), "board-camera-hold-to-record.png");
			webcam.releaseRecord();
			int recorded = webcam.recordedPictures();
			webcam.close();

			assertTrue(recorded >= 3, recorded + " frames at 5 a second in 1.2 s");
			List<Sample> samples = Workbench.onUiThread(() -> List.copyOf(mug.getSamples()));
			assertEquals(recorded, samples.size());
			for (Sample sample : samples) {
				byte[] saved = Files.readAllBytes(editor.projectFolder().resolve(sample.getPath()));
				assertTrue(jpegs.stream().anyMatch(jpeg -> Arrays.equals(jpeg, saved)),
						sample.getPath() + " is not one of the board's JPEGs, byte for byte");
			}
			assertTrue(board.commands().contains("AT+BREAK"), "the board is stopped when the dialog closes");
		}
	}

	@Test
	void recordFromABoardChoosesTheBoardsCameraNotTheWebcamChosenLastTime() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("bench", TaskKind.IMAGE_CLASSIFICATION));
		Category mug = ModelEditorTester.of(editor).addCategory("Mug");
		String name = "Board camera: XIAO ESP32S3 Sense (simulated on a pty)";
		UiPreferences.store().setValue(UiPreferences.CAMERA, FakeCamera.NAME);
		try (FakeCamera webcam = FakeCamera.plugIn()) {
			// No board yet: the dialog says what to connect and opens no camera, not even the webcam.
			WebcamDialogTester noBoard = new WebcamDialogTester(
					Workbench.onUiThread(() -> (WebcamDialog) editor.recordFromBoard(mug, false)));
			Workbench.waitUntil("the dialog says there is no board", 30,
					() -> noBoard.cameraMessage().startsWith("No board found"));
			assertEquals(0, webcam.openDevices());
			noBoard.close();

			try (PtyPair pty = PtyPair.open(temp);
					SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm);
					OfferedService lister = OfferedService.of(CameraLister.class, () -> List.of(new BoardCamera(pty.a(), name)))) {
				// The command, as the Model menu runs it.
				Workbench.display().asyncExec(() -> ModelCommands.execute(editor, ModelCommands.RECORD_BOARD, Map.of()));
				WebcamDialogTester dialog = WebcamDialogTester.find();
				dialog.waitForThePreview("the board's camera is chosen and its frames are shown");
				assertEquals(name, dialog.chosenCamera());
				assertEquals(0, webcam.openDevices(), "the webcam stays closed");
				dialog.close();
			}
		}
	}

	@Test
	void theCaptureSketchsMicrophoneIsASoundInput() throws Exception {
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm);
				SoundSource sound = new BoardMicrophone(pty.a(), "Board microphone").open()) {
			float[] heard = new float[20_000];
			int filled = 0;
			while (filled < heard.length) {
				float[] buffer = new float[1500];
				int n = sound.read(buffer);
				System.arraycopy(buffer, 0, heard, filled, Math.min(n, heard.length - filled));
				filled += n;
			}
			for (int i = 0; i < heard.length; i++) {
				assertEquals(pcm[i % pcm.length] / 32768f, heard[i], 1e-6f, "sample " + i);
			}
			assertTrue(board.commands().contains("AT+SENSOR=2,1"), board.commands()::toString);
		}
	}

	@Test
	void theBoardsMicrophoneRecordsTwentySecondsAndTheyAreExtracted() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("words", TaskKind.SOUND_CLASSIFICATION));
		Category yes = ModelEditorTester.of(editor).addCategory("Yes");
		String name = "Board microphone: XIAO ESP32S3 Sense (simulated on a pty)";
		// Unpaced, the pty carries the 20 seconds (850 kB of base64) in a second or two, as the fake
		// microphone plays faster than real time.
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm);
				OfferedService lister = OfferedService.of(SoundInputLister.class,
						() -> List.of(new BoardMicrophone(pty.a(), name)))) {
			MicrophoneDialogTester dialog = new MicrophoneDialogTester(
					Workbench.onUiThread(() -> editor.openMicrophone(yes, false)));
			Workbench.waitUntil("the board's microphone is chosen", dialog::recordEnabled);
			assertEquals(name, dialog.chosenMicrophone());
			dialog.pressRecord();
			Workbench.waitUntil("the recording ends", 60, () -> !dialog.recording());
			String recorded = dialog.status();
			assertTrue(recorded.startsWith("Recorded 20 seconds"), recorded);

			dialog.pressExtract();
			Workbench.waitUntil("the samples are extracted", () -> dialog.extractedSamples() > 0);
			Workbench.screenshot(dialog.shell(), "board-microphone-extract.png");
			int extracted = dialog.extractedSamples();
			dialog.close();

			// A tone all through: about one sample a second.
			assertTrue(extracted >= 10, extracted + " samples from 20 seconds of tone");
			assertEquals(extracted, (int) Workbench.onUiThread(() -> yes.getSamples().size()));
			for (Sample sample : Workbench.onUiThread(() -> List.copyOf(yes.getSamples()))) {
				assertTrue(Files.isRegularFile(editor.projectFolder().resolve(sample.getPath())), sample.getPath());
			}
			assertTrue(board.commands().contains("AT+SENSOR=2,1"), board.commands()::toString);
		}
	}

	@Test
	void aBoardRunningAnotherProgramIsOfferedTheCaptureSketchAndCancelLeavesAllAsItWas() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("offer", TaskKind.IMAGE_CLASSIFICATION));
		Category mug = ModelEditorTester.of(editor).addCategory("Mug");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), jpegs, pcm)) {
			WebcamDialogTester webcam = openOnForeignBoard(editor, mug, pty);
			try {
				Shell question = Workbench.onUiThread(() -> Widgets.shellTitled(OFFER_TITLE));
				assertTrue(Workbench.onUiThread(() -> Workbench.find(question, Label.class,
						label -> label.getText().contains("cat,0.93")) != null), "the question quotes what the board sent");
				Workbench.screenshot(question, "board-capture-sketch-offer.png");
				Workbench.onUiThread(() -> Workbench.click(Workbench.button(question, "Cancel")));

				Workbench.waitUntil("the question is gone", () -> Widgets.shellTitled(OFFER_TITLE) == null);
				assertTrue(webcam.status().contains("does not speak SSCMA"), webcam.status());
				assertFalse(webcam.recordEnabled(), "no camera is open to record from");
				assertTrue(flashJobs().isEmpty(), "nothing is flashed");
				// Only who-are-you questions reached the board: nothing was written to it.
				assertTrue(board.commands().stream().allMatch(List.of("AT+BREAK", "AT+ID?", "AT+NAME?", "AT+VER?")::contains),
						board.commands()::toString);
			} finally {
				webcam.close();
			}
		}
	}

	@Test
	void flashingFromTheOfferRunsTheBoardsUploadPathAsAJob() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("flash", TaskKind.IMAGE_CLASSIFICATION));
		Category mug = ModelEditorTester.of(editor).addCategory("Mug");
		Path sketch = Platform.getStateLocation(Platform.getBundle("dev.modelbench.ui")).toPath()
				.resolve("capture-sketch/modelbench_capture/modelbench_capture.ino");
		Files.deleteIfExists(sketch);
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), jpegs, pcm)) {
			WebcamDialogTester webcam = openOnForeignBoard(editor, mug, pty);
			try {
				Workbench.onUiThread(() -> Workbench.click(
						Workbench.button(Widgets.shellTitled(OFFER_TITLE), "Flash the Capture Sketch")));
				Workbench.waitUntil("the flash has ended", 120,
						() -> !webcam.status().startsWith("Flashing") && flashJobs().isEmpty());
				// No ESP32 core here: the job ends with the compiler's words, after generating the sketch.
				String outcome = webcam.status();
				assertTrue(outcome.contains("arduino") || outcome.contains("Arduino") || outcome.startsWith("The capture sketch is on"),
						outcome);
				assertFalse(outcome.contains("Exception"), outcome);
				assertTrue(Files.readString(sketch).contains("FRAMESIZE_240X240"), "the capture sketch was generated to be compiled");
			} finally {
				webcam.close();
			}
		}
	}

	private static final String OFFER_TITLE = "Flash the capture sketch?";

	/** The webcam dialog on a XIAO that runs another program, once the capture sketch is offered. */
	private static WebcamDialogTester openOnForeignBoard(ModelEditor editor, Category category, PtyPair pty) {
		Board xiao = BoardCatalog.installed().byId("seeed.xiao.esp32s3.sense").orElseThrow();
		try (OfferedService lister = OfferedService.of(CameraLister.class,
				() -> List.of(new BoardCamera(pty.a(), "Board camera: XIAO ESP32S3 Sense (running a model)", Optional.of(xiao))))) {
			// The camera is opened in the background and the question asked when it answers otherwise.
			WebcamDialogTester webcam = new WebcamDialogTester(Workbench.onUiThread(() -> editor.openWebcam(category, false)));
			Workbench.waitUntil("the capture sketch is offered", 30, () -> Widgets.shellTitled(OFFER_TITLE) != null);
			return webcam;
		}
	}

	private static List<Job> flashJobs() {
		return Arrays.stream(Job.getJobManager().find(null))
				.filter(job -> job.getName().startsWith("Flashing Model Bench's capture sketch")).toList();
	}
}
