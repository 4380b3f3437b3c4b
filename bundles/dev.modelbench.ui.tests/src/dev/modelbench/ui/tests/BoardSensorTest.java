package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;
import dev.modelbench.ui.capture.BoardCamera;
import dev.modelbench.ui.capture.BoardMicrophone;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.editors.ModelEditor;

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
		Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
		WorkspaceProjects.deleteAll();
	}

	@Test
	void theBoardsCameraPreviewsAndHoldToRecordSavesItsOwnJpegs() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("desk", TaskKind.IMAGE_CLASSIFICATION));
		Category mug = ModelEditorTester.of(editor).addCategory("Mug");
		String name = "Board camera: XIAO ESP32S3 Sense (simulated on a pty)";
		try (PtyPair pty = PtyPair.open(temp);
				// 200 kB/s: about 20 frames a second, as over the XIAO's USB with a busy camera.
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm).pace(200_000)) {
			ServiceRegistration<CameraLister> registration = FrameworkUtil.getBundle(BoardSensorTest.class)
					.getBundleContext().registerService(CameraLister.class, () -> List.of(new BoardCamera(pty.a(), name)), null);
			try {
				WebcamDialog webcam = Workbench.onUiThread(() -> editor.openWebcam(mug, false));
				Workbench.waitUntil("the board's camera is chosen and previewing", 30, webcam::isPreviewing);
				assertEquals(name, Workbench.onUiThread(() -> webcam.picker().cameras().getFirst().name()));
				Workbench.onUiThread(() -> webcam.setFramesPerSecond(5));
				Workbench.waitUntil("the preview shows the board's frames", 30, () -> webcam.preview().framesShown() > 5);

				Workbench.onUiThread(() -> press(webcam.recordButton(), SWT.MouseDown));
				Workbench.sleep(1200);
				Workbench.screenshot(Workbench.onUiThread(webcam::getShell), "board-camera-hold-to-record.png");
				Workbench.onUiThread(() -> press(webcam.recordButton(), SWT.MouseUp));
				int recorded = Workbench.onUiThread(webcam::recordedFrames);
				Workbench.onUiThread(webcam::close);

				assertTrue(recorded >= 3, recorded + " frames at 5 a second in 1.2 s");
				List<Sample> samples = Workbench.onUiThread(() -> List.copyOf(mug.getSamples()));
				assertEquals(recorded, samples.size());
				for (Sample sample : samples) {
					byte[] saved = Files.readAllBytes(editor.projectFolder().resolve(sample.getPath()));
					assertTrue(jpegs.stream().anyMatch(jpeg -> Arrays.equals(jpeg, saved)),
							sample.getPath() + " is not one of the board's JPEGs, byte for byte");
				}
				assertTrue(board.commands().contains("AT+BREAK"), "the board is stopped when the dialog closes");
			} finally {
				registration.unregister();
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

	private static void press(Button button, int type) {
		Event event = new Event();
		event.button = 1;
		button.notifyListeners(type, event);
	}
}
