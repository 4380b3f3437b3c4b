package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.mcu.CaptureSketch;
import dev.modelbench.deploy.mcu.CaptureSketch.CameraSize;
import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.BoardIdentity;
import dev.modelbench.deploy.sensor.BoardRecorder;
import dev.modelbench.deploy.sensor.BoardResult;
import dev.modelbench.deploy.sensor.BoardResultReader;
import dev.modelbench.deploy.sensor.SscmaSession;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.HostC;
import dev.modelbench.deploy.tests.fixtures.PtyPair;

/**
 * The capture sketch for the XIAO ESP32S3 Sense: its C++ compiles against the Arduino, esp32-camera
 * and ESP_I2S stubs at each camera size, and its framing C, built by gcc and run as a board on a
 * pty, gives the Java reader the JPEG files and the sound it was given, byte for byte.
 */
class CaptureSketchTest {

	@TempDir
	Path folder;

	@Test
	void theSketchCompilesAgainstTheStubsAtEveryCameraSize() throws Exception {
		for (CameraSize size : CameraSize.values()) {
			Path sketch = CaptureSketch.generate(size).writeTo(folder.resolve(size.name()));
			HostC.checkSketch(sketch);
			String ino = Files.readString(sketch.resolve(CaptureSketch.NAME + ".ino"));
			assertTrue(ino.contains("config.frame_size = " + switch (size) {
			case S96X96 -> "FRAMESIZE_96X96";
			case QQVGA -> "FRAMESIZE_QQVGA";
			case S240X240 -> "FRAMESIZE_240X240";
			case QVGA -> "FRAMESIZE_QVGA";
			case VGA -> "FRAMESIZE_VGA";
			} + ";"), ino);
			assertTrue(ino.contains("\"" + size.width + "x" + size.height + " JPEG\""), ino);
		}
	}

	@Test
	void theFramingCGivesTheJavaReaderFramesAndSoundByteForByte() throws Exception {
		Path sketch = CaptureSketch.generate(CameraSize.S240X240).writeTo(folder);
		Path program = HostC.buildSscmaBoard(sketch);
		List<byte[]> jpegs = CameraJpegs.frames(3, CameraJpegs.SIZE);
		List<String> command = new ArrayList<>(List.of(program.toString()));
		short[] pcm = new short[16_000];
		ByteBuffer pcmBytes = ByteBuffer.allocate(2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < pcm.length; i++) {
			pcm[i] = (short) (i * 37 - 20_000);
			pcmBytes.putShort(pcm[i]);
		}
		Path pcmFile = Files.write(folder.resolve("sound.pcm"), pcmBytes.array());
		try (PtyPair pty = PtyPair.open(Files.createDirectory(folder.resolve("pty")))) {
			command.add(pty.b());
			command.add(pcmFile.toString());
			for (int i = 0; i < jpegs.size(); i++) {
				command.add(Files.write(folder.resolve("frame" + i + ".jpg"), jpegs.get(i)).toString());
			}
			Process board = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(folder.resolve("board.log").toFile()).start();
			try (SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
				BoardIdentity identity = session.identify();
				assertTrue(identity.isCaptureSketch(), identity::toString);
				assertEquals("Model Bench capture (XIAO ESP32S3 Sense)", identity.name());
				assertEquals("modelbench-capture 1", identity.software());

				session.startCamera();
				List<BoardFrame> frames = new ArrayList<>();
				BoardRecorder recorder = new BoardRecorder(session, new NullProgressMonitor());
				recorder.frames(7, frames::add);
				for (int i = 0; i < frames.size(); i++) {
					assertArrayEquals(jpegs.get(i % jpegs.size()), frames.get(i).jpeg(), "frame " + i);
					assertEquals(i, frames.get(i).sequence());
				}
				session.stop();

				session.startMicrophone();
				List<short[]> clips = new ArrayList<>();
				recorder.clips(2, 16_000, clips::add);
				// The first event after the frames may still be a frame; the clips are whole seconds of the file.
				for (short[] clip : clips) {
					int start = indexOf(pcm, clip[0], clip[1]);
					for (int i = 0; i < clip.length; i++) {
						assertEquals(pcm[(start + i) % pcm.length], clip[i], "sample " + i);
					}
				}
				assertEquals(0, session.drops().dropped(), session.drops()::toString);
			} finally {
				board.destroy();
				board.waitFor(5, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void theModelSketchsFramingGivesTheResultReaderItsResultsWithTheFramesByteForByte() throws Exception {
		// The harness with -m answers class f % 2 at 87 % for frame f, the frames taken in turn.
		// mb_sscma.c is one file, shared by the capture sketch and the XIAO's camera model sketch.
		Path sketch = CaptureSketch.generate(CameraSize.S240X240).writeTo(folder);
		Path program = HostC.buildSscmaBoard(sketch);
		List<byte[]> jpegs = CameraJpegs.frames(3, CameraJpegs.SIZE);
		List<String> classes = List.of("cat", "dog");
		List<String> command = new ArrayList<>(List.of(program.toString(), "-m"));
		try (PtyPair pty = PtyPair.open(Files.createDirectory(folder.resolve("pty")))) {
			command.add(pty.b());
			command.add(Files.write(folder.resolve("sound.pcm"), new byte[2]).toString());
			for (int i = 0; i < jpegs.size(); i++) {
				command.add(Files.write(folder.resolve("frame" + i + ".jpg"), jpegs.get(i)).toString());
			}
			Process board = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(folder.resolve("board.log").toFile()).start();
			try (BoardResultReader reader = BoardResultReader.open(pty.a(), SscmaSession.DEFAULT_BAUD, classes)) {
				reader.askForFrames();
				for (int i = 0; i < 7; i++) {
					BoardResult result = reader.next(5000);
					assertNotNull(result, "result " + i + " within 5 s");
					assertEquals(i, result.frame().sequence());
					assertArrayEquals(jpegs.get(i % jpegs.size()), result.frame().jpeg(), "frame " + i);
					assertEquals(classes.get(i % jpegs.size() % 2), result.label(), "the harness's class of frame i % 3");
					assertEquals(0.87, result.confidence(), 1e-9);
				}
				assertEquals(0, reader.badFrames());
			} finally {
				board.destroy();
				board.waitFor(5, TimeUnit.SECONDS);
			}
		}
	}

	private static int indexOf(short[] pcm, short first, short second) {
		for (int i = 0; i < pcm.length; i++) {
			if (pcm[i] == first && pcm[(i + 1) % pcm.length] == second) {
				return i;
			}
		}
		throw new AssertionError("clip not from the file");
	}
}
