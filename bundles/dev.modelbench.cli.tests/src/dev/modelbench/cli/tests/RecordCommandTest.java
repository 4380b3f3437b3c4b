package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;

/**
 * {@code modelbench record} against a simulated SSCMA board on a real pty: frames saved as the
 * board sent them and listed in the model file, one line each; a silent board, a foreign one and a
 * pulled cable end with exit 1 and one line, keeping what was saved and leaving nothing half-written.
 */
class RecordCommandTest {

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
	void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void recordsFramesAsTheBoardSentThemIntoANewCategory() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category",
					"Coffee mug", "--count", "5");

			assertEquals(0, run.exitCode(), run.err());
			List<String> lines = run.out().lines().toList();
			assertEquals(5, lines.size(), run.out());
			for (int i = 0; i < lines.size(); i++) {
				assertArrayEquals(jpegs.get(i % jpegs.size()), Files.readAllBytes(Path.of(lines.get(i))), lines.get(i));
			}
			assertEquals(lines.stream().map(line -> Path.of(line).getFileName().toString()).toList(), listed("desk", "Coffee mug"));
		}
	}

	@Test
	void damagedFramesAndAResetAreNeverSaved() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm)
						.dropBytesIn(1).corrupt(2).resetDuring(4)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category", "cat",
					"--count", "4");

			assertEquals(0, run.exitCode(), run.err());
			List<String> lines = run.out().lines().toList();
			assertEquals(4, lines.size(), run.out());
			for (String line : lines) {
				byte[] saved = Files.readAllBytes(Path.of(line));
				assertTrue(jpegs.stream().anyMatch(jpeg -> Arrays.equals(jpeg, saved)), line + " is not a frame the board had");
			}
			assertTrue(run.err().contains("damaged frames or sounds were dropped"), run.err());
			assertEquals(3 + 4, listed("desk", "cat").size());
		}
	}

	@Test
	void aBoardThatNeverAnswersExitsOneWithOneLineAndMakesNoCategory() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.SILENT, pty.b(), jpegs, pcm)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category", "mug",
					"--count", "3");

			assertEquals(1, run.exitCode());
			assertEquals("", run.out());
			assertEquals(1, run.err().lines().count(), run.err());
			assertTrue(run.err().startsWith("modelbench: Nothing answered on " + pty.a() + " within 5 s."), run.err());
			assertEquals(List.of(), listed("desk", "mug"));
			assertFalse(Files.exists(projectFolder("desk").resolve("data/mug")));
		}
	}

	@Test
	void aBoardSpeakingSomethingElseExitsOneSayingSo() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), jpegs, pcm)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category", "mug",
					"--count", "3");

			assertEquals(1, run.exitCode());
			assertEquals(1, run.err().lines().count(), run.err());
			assertTrue(run.err().contains("does not speak SSCMA's AT protocol (it sent: cat,0.93)"), run.err());
		}
	}

	@Test
	void aPulledCableKeepsTheFramesSavedBeforeAndNothingHalfWritten() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm)
						.vanishAfter(2, () -> cutOnceSaved(pty, projectFolder("desk").resolve("data/mug"), 2))) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category", "mug",
					"--count", "10");

			assertEquals(1, run.exitCode(), run.out());
			assertEquals(1, run.err().lines().count(), run.err());
			assertTrue(run.err().contains(pty.a()), run.err());
			List<String> lines = run.out().lines().toList();
			assertTrue(lines.size() >= 2 && lines.size() <= 3, run.out());
			assertEquals(lines.stream().map(line -> Path.of(line).getFileName().toString()).toList(), listed("desk", "mug"));
			try (Stream<Path> files = Files.list(projectFolder("desk").resolve("data/mug"))) {
				assertEquals(lines.size(), files.count(), "only whole, listed files in the folder");
			}
		}
	}

	@Test
	void groveVisionAiV2FactoryFirmwareRecordsFrames() throws Exception {
		importImages("desk");
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.GROVE_VISION_AI_V2, pty.b(), jpegs, pcm)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "desk", "--category", "cat",
					"--count", "3", "--baud", "921600");

			assertEquals(0, run.exitCode(), run.err());
			assertEquals(3, run.out().lines().count(), run.out());
		}
	}

	@Test
	void aSoundProjectRecordsOneSecondClipsThroughTheCaptureSketchsMicrophone() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("sounds")).wavs("hum", 3).wavs("tap", 3).root();
		assertEquals(0, CommandLineRun.of("import", dataset.toString(), "--project", "hums", "--task", "sound").exitCode());
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm)) {
			CommandLineRun run = CommandLineRun.of("record", "--port", pty.a(), "--project", "hums", "--category", "tone",
					"--count", "2");

			assertEquals(0, run.exitCode(), run.err());
			List<String> lines = run.out().lines().toList();
			assertEquals(2, lines.size(), run.out());
			for (String line : lines) {
				assertTrue(line.endsWith(".wav"), line);
				float[] clip = SoundSamples.read(Path.of(line));
				assertEquals(16_000, clip.length);
				for (int i = 0; i < clip.length; i++) {
					assertEquals(pcm[i] / 32768f, clip[i], 1e-4f, line + " sample " + i);
				}
			}
			assertEquals(2, listed("hums", "tone").size());
		}
	}

	@Test
	void aCountThatIsNoNumberIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("record", "--port", "/dev/null", "--project", "desk", "--category", "mug",
				"--count", "many");
		assertEquals(2, run.exitCode());
	}

	private void importImages(String project) {
		Path dataset = DatasetFolder.at(temp.resolve(project)).pngs("cat", 3).pngs("dog", 3).root();
		CommandLineRun run = CommandLineRun.of("import", dataset.toString(), "--project", project);
		assertEquals(0, run.exitCode(), run.err());
	}

	/**
	 * Pulls the cable once the command has saved {@code frames} pictures: a pty drops what is still
	 * in flight when it goes, so cutting at once would leave it to chance whether anything was saved.
	 */
	private static void cutOnceSaved(PtyPair pty, Path folder, int frames) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		try {
			while (savedJpegs(folder) < frames && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		pty.cut();
	}

	private static long savedJpegs(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".jpg")).count();
		} catch (IOException e) {
			return 0;
		}
	}

	private static Path projectFolder(String project) {
		return CommandLineRun.workspace().resolve(project);
	}

	/** The file names the model file lists in the category, as saved on disk by the command. */
	private static List<String> listed(String project, String category) throws Exception {
		try (ModelDocument document = ModelDocument.load(ProjectLayout.modelFile(projectFolder(project)))) {
			for (Category c : document.getModel().getCategories()) {
				if (c.getDisplayName().equals(category)) {
					return c.getSamples().stream().map(Sample::getPath).map(p -> p.substring(p.lastIndexOf('/') + 1))
							.toList();
				}
			}
			return List.of();
		}
	}
}
