package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.BoardRefusedException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.NotSscmaException;
import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.BoardIdentity;
import dev.modelbench.deploy.sensor.BoardRecorder;
import dev.modelbench.deploy.sensor.SscmaSession;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;

/**
 * A board as camera and microphone over SSCMA's AT protocol, against a simulated board on a real
 * pty: whole frames arrive byte for byte; lost bytes, a corrupt frame, a reset mid-frame and a
 * pulled cable lose only the damaged frames, each counted, never a half one delivered; a silent
 * board and a board running something else are told apart in words.
 */
class SscmaSessionTest {

	private static List<byte[]> jpegs;
	private static short[] pcm;

	@TempDir
	Path folder;

	@BeforeAll
	static void makeSensorData() throws Exception {
		jpegs = CameraJpegs.frames(5, CameraJpegs.SIZE);
		pcm = SimulatedSscmaBoard.tone(440, 12_000);
	}

	@Test
	void senseCraftFirmwareSendsWholeFramesByteForByte() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			BoardIdentity identity = session.identify();
			assertEquals("Seeed Studio XIAO (ESP32-S3)", identity.name());
			assertEquals("7e2d02cf", identity.id());
			assertEquals("2023.10.10", identity.software());
			session.startCamera();
			List<BoardFrame> frames = record(session, 12);
			for (int i = 0; i < frames.size(); i++) {
				assertArrayEquals(jpegs.get(i % jpegs.size()), frames.get(i).jpeg(), "frame " + i);
				assertEquals(i, frames.get(i).sequence());
				assertEquals(CameraJpegs.SIZE, frames.get(i).image().getWidth());
			}
			assertEquals(0, session.drops().dropped());
			assertTrue(board.commands().contains("AT+SAMPLE=-1"), board.commands()::toString);
		}
	}

	@Test
	void framesWithLostBytesAreDroppedAndCounted() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm)
						.dropBytesIn(2).dropEndOf(5);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			session.identify();
			session.startCamera();
			List<BoardFrame> frames = record(session, 10);
			assertAllWhole(frames);
			// Event 2 lost bytes of its frame, event 5 its end (and ran into event 6, which is whole).
			assertEquals(List.of(0L, 1L, 3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L),
					frames.stream().map(BoardFrame::sequence).toList());
			assertEquals(1, session.drops().badPayloads(), session.drops()::toString);
			assertEquals(1, session.drops().brokenReplies(), session.drops()::toString);
			assertEquals(2, session.drops().dropped(), session.drops()::toString);
		}
	}

	@Test
	void aCorruptFrameFailsItsChecksumAndIsDropped() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm).corrupt(3);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			assertTrue(session.identify().isCaptureSketch());
			session.startCamera();
			List<BoardFrame> frames = record(session, 6);
			assertAllWhole(frames);
			assertTrue(frames.stream().noneMatch(frame -> frame.sequence() == 3));
			assertEquals(1, session.drops().badPayloads(), session.drops()::toString);
		}
	}

	@Test
	void aResetMidFrameLosesThatFrameAndSamplingStartsAgain() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm).resetDuring(3);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			session.identify();
			session.startCamera();
			List<BoardFrame> saved = new ArrayList<>();
			new BoardRecorder(session, new NullProgressMonitor()).frames(6, saved::add);
			assertEquals(6, saved.size());
			assertAllWhole(saved);
			assertEquals(1, session.drops().brokenReplies(), session.drops()::toString);
			assertEquals(2, board.commands().stream().filter("AT+SAMPLE=-1"::equals).count(), board.commands()::toString);
			assertTrue(session.lastText().startsWith("rst:0xc"), session.lastText());
		}
	}

	@Test
	void aPulledCableEndsTheRecordingAndKeepsTheFramesBefore() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, pcm)
						.vanishAfter(3, pty::cut);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			session.identify();
			session.startCamera();
			List<BoardFrame> saved = new ArrayList<>();
			BoardRecorder recorder = new BoardRecorder(session, new NullProgressMonitor());
			Exception e = assertThrows(Exception.class, () -> recorder.frames(20, saved::add));
			assertTrue(e instanceof ConnectionLostException || e instanceof BoardNotAnsweringException, e::toString);
			assertTrue(e.getMessage().contains(pty.a()), e.getMessage());
			assertTrue(saved.size() <= 4, () -> saved.size() + " frames");
			assertAllWhole(saved);
		}
	}

	@Test
	void aBoardThatNeverAnswersIsSilentWithinFiveSeconds() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.SILENT, pty.b(), jpegs, pcm);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			long start = System.nanoTime();
			BoardNotAnsweringException e = assertThrows(BoardNotAnsweringException.class, session::identify);
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(seconds >= 4.9 && seconds < 7, () -> seconds + " s");
			assertEquals("Nothing answered on " + pty.a() + " within 5 s. Check the cable and the port, and that the board "
					+ "runs SenseCraft's firmware or Model Bench's capture sketch.", e.getMessage());
			assertTrue(board.commands().containsAll(List.of("AT+ID?", "AT+NAME?", "AT+VER?")), board.commands()::toString);
		}
	}

	@Test
	void aBoardRunningAnotherProgramIsToldApartFromASilentOne() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), jpegs, pcm);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			NotSscmaException e = assertThrows(NotSscmaException.class, session::identify);
			assertTrue(e.getMessage().startsWith("The board on " + pty.a() + " does not speak SSCMA's AT protocol (it sent: cat,0.93)"),
					e.getMessage());
		}
	}

	@Test
	void groveVisionAiV2FactoryFirmwareIsACamera() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.GROVE_VISION_AI_V2, pty.b(), jpegs, pcm);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			BoardIdentity identity = session.identify();
			assertEquals("Grove Vision AI (WE2)", identity.name());
			assertTrue(!identity.isCaptureSketch());
			BoardRefusedException noMicrophone = assertThrows(BoardRefusedException.class, session::startMicrophone);
			assertTrue(noMicrophone.getMessage().contains("has no microphone"), noMicrophone.getMessage());
			session.startCamera();
			List<BoardFrame> frames = record(session, 6);
			for (int i = 0; i < frames.size(); i++) {
				assertArrayEquals(jpegs.get(i % jpegs.size()), frames.get(i).jpeg(), "frame " + i);
			}
			// One sensor: the camera is not chosen again (SenseCraft's setting stays).
			assertTrue(board.commands().stream().noneMatch(c -> c.startsWith("AT+SENSOR=")), board.commands()::toString);
		}
	}

	@Test
	void theCaptureSketchsMicrophoneGivesGaplessClips() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.CAPTURE_SKETCH, pty.b(), jpegs, pcm).corrupt(2);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			session.identify();
			session.startMicrophone();
			List<short[]> clips = new ArrayList<>();
			new BoardRecorder(session, new NullProgressMonitor()).clips(2, 16_000, clips::add);
			// Piece 2 was corrupt: the first clip starts after it, at piece 3 (samples 12000 on).
			for (int c = 0; c < clips.size(); c++) {
				short[] expected = new short[16_000];
				for (int i = 0; i < expected.length; i++) {
					expected[i] = pcm[(12_000 + c * 16_000 + i) % pcm.length];
				}
				assertTrue(Arrays.equals(expected, clips.get(c)), "clip " + c);
			}
			assertEquals(1, session.drops().badPayloads());
			assertTrue(board.commands().contains("AT+SENSOR=2,1"), board.commands()::toString);
		}
	}

	private static List<BoardFrame> record(SscmaSession session, int count) throws Exception {
		List<BoardFrame> frames = new ArrayList<>();
		new BoardRecorder(session, new NullProgressMonitor()).frames(count, frames::add);
		return frames;
	}

	/** Every frame is one of the JPEGs the board had, byte for byte: nothing damaged got through. */
	private static void assertAllWhole(List<BoardFrame> frames) {
		for (BoardFrame frame : frames) {
			assertTrue(jpegs.stream().anyMatch(jpeg -> Arrays.equals(jpeg, frame.jpeg())),
					"frame " + frame.sequence() + " is not one the board had");
		}
	}
}
