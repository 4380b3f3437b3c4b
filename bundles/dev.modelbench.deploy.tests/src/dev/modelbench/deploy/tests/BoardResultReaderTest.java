package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.sensor.BoardComparison;
import dev.modelbench.deploy.sensor.BoardResult;
import dev.modelbench.deploy.sensor.BoardResultReader;
import dev.modelbench.deploy.sensor.BoardResultWatch;
import dev.modelbench.deploy.sensor.SscmaSession;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;
import dev.modelbench.train.Prediction;

/**
 * A board's own results read from its serial line against the simulated board on a pty: the
 * {@code label,confidence} lines of a model sketch, SSCMA INVOKE events with the frame they
 * classified, a damaged frame dropped with its result kept, and the PC model's answer on the same
 * frames beside the board's with a running agreement count.
 */
class BoardResultReaderTest {

	private static final List<String> CLASSES = List.of("cat", "dog", "mug");

	private static List<byte[]> jpegs;
	private static List<BufferedImage> pictures;

	@TempDir
	Path folder;

	@BeforeAll
	static void makeFrames() throws Exception {
		jpegs = CameraJpegs.frames(4, CameraJpegs.SIZE);
		pictures = new ArrayList<>();
		for (byte[] jpeg : jpegs) {
			pictures.add(ImageIO.read(new ByteArrayInputStream(jpeg)));
		}
	}

	/**
	 * A PC model that knows the four frames: frame i is class i % 2, found by the nearest picture.
	 * Not a stub of the comparison: it classifies what it is given, so a frame that arrived changed
	 * or out of place would be answered differently.
	 */
	private static Prediction pcModel(BufferedImage image) {
		int best = -1;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < pictures.size(); i++) {
			long distance = 0;
			for (int y = 0; y < image.getHeight(); y += 8) {
				for (int x = 0; x < image.getWidth(); x += 8) {
					int a = image.getRGB(x, y), b = pictures.get(i).getRGB(x, y);
					distance += Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
							+ Math.abs((a & 0xFF) - (b & 0xFF));
				}
			}
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		float[] probabilities = new float[CLASSES.size()];
		probabilities[best % 2] = 0.8f;
		return new Prediction(best % 2, CLASSES.get(best % 2), 0.8f, probabilities);
	}

	@Test
	void aModelSketchsLinesAreTheBoardsResultsAlone() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), jpegs, new short[0]);
				BoardResultReader reader = BoardResultReader.open(pty.a(), 115_200, CLASSES)) {
			reader.askForFrames();
			for (int i = 0; i < 3; i++) {
				BoardResult result = reader.next(5000);
				assertNotNull(result, "a result within 5 s");
				assertEquals("cat", result.label());
				assertEquals(0.93, result.confidence(), 1e-9);
				assertNull(result.frame(), "a line carries no frame");
			}
		}
	}

	@Test
	void invokeEventsCarryTheClassifiedFrameByteForByteAndNameTheClassByItsIndex() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.MODEL_SKETCH, pty.b(), jpegs, new short[0], CLASSES, 0, 1, 2, 0);
				BoardResultReader reader = BoardResultReader.open(pty.a(), SscmaSession.DEFAULT_BAUD, CLASSES)) {
			BoardResult line = reader.next(5000);
			assertNotNull(line);
			assertNull(line.frame(), "before it is asked, the sketch prints lines");
			reader.askForFrames();
			List<BoardResult> withFrames = new ArrayList<>();
			while (withFrames.size() < 8) {
				BoardResult result = reader.next(5000);
				assertNotNull(result, "a result within 5 s");
				if (result.frame() != null) {
					withFrames.add(result);
				}
			}
			assertTrue(board.commands().contains("AT+INVOKE=-1,0,0"), board.commands()::toString);
			// Results in order from the first event: the n-th carries frame n % 4 and class [0, 1, 2, 0][n % 4].
			for (BoardResult result : withFrames) {
				int n = (int) result.frame().sequence();
				assertArrayEquals(jpegs.get(n % 4), result.frame().jpeg(), "frame " + n);
				assertEquals(CLASSES.get(new int[] { 0, 1, 2, 0 }[n % 4]), result.label());
				assertEquals(0.90, result.confidence(), 1e-9);
			}
			assertEquals(0, reader.badFrames());
		}
	}

	@Test
	void aCorruptFrameIsDroppedAndCountedButItsResultIsKept() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.MODEL_SKETCH, pty.b(), jpegs, new short[0], CLASSES, 1).corrupt(2);
				BoardResultReader reader = BoardResultReader.open(pty.a(), SscmaSession.DEFAULT_BAUD, CLASSES)) {
			reader.askForFrames();
			int framed = 0;
			while (framed < 5) {
				BoardResult result = reader.next(5000);
				assertNotNull(result, "a result within 5 s");
				assertEquals("dog", result.label(), "a result is kept, with its frame or without");
				if (result.frame() != null) {
					framed++;
					assertNotEquals(2L, result.frame().sequence(), "the corrupt frame is never delivered");
					assertArrayEquals(jpegs.get((int) result.frame().sequence() % 4), result.frame().jpeg());
				}
			}
			assertEquals(1, reader.badFrames(), "the frame whose checksum failed");
		}
	}

	@Test
	void senseCraftFirmwareResultsAreComparedWithThePcModelOnTheSameFrames() throws Exception {
		List<BoardComparison.Compared> heard = new CopyOnWriteArrayList<>();
		List<String> problems = new CopyOnWriteArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor();
		Function<BufferedImage, Prediction> pc = BoardResultReaderTest::pcModel;
		try (PtyPair pty = PtyPair.open(folder);
				// The PC says cat, dog, cat, dog for frames 0 to 3; the board cat, dog, cat, cat: three in four agree.
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, new short[0], CLASSES, 0, 1, 0, 0).pace(400_000)) {
			Thread watch = Thread.ofPlatform().start(() -> BoardResultWatch.run(pty.a(), SscmaSession.DEFAULT_BAUD, CLASSES,
					pc, "test", new BoardResultWatch.Listener() {
						@Override
						public void result(BoardComparison.Compared compared) {
							heard.add(compared);
							if (heard.size() >= 8) {
								monitor.setCanceled(true);
							}
						}

						@Override
						public void problem(String message) {
							problems.add(message);
						}
					}, monitor));
			watch.join(30_000);
			assertFalse(watch.isAlive(), "the watch ends when cancelled");
			for (int wait = 0; wait < 100 && !board.commands().contains("AT+BREAK"); wait++) {
				Thread.sleep(50);
			}
			assertTrue(board.commands().contains("AT+BREAK"), "the board is stopped at the end");
		}
		assertEquals(List.of(), problems);
		BoardComparison.Compared last = heard.getLast();
		assertEquals(8, last.compared());
		assertEquals(6, last.agreed(), "frames 3 and 7 differ");
		for (BoardComparison.Compared compared : heard) {
			int n = (int) compared.board().frame().sequence();
			assertEquals(n % 4 != 3, compared.agrees(), "frame " + n);
			assertEquals(CLASSES.get(n % 2), compared.pc().label());
		}
	}

	@Test
	void aCancelledWatchStopsTheBoardAndFreesThePort() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<BoardComparison.Compared> heard = new CopyOnWriteArrayList<>();
		try (PtyPair pty = PtyPair.open(folder);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.MODEL_SKETCH, pty.b(), jpegs, new short[0],
						CLASSES, 0, 1).pace(100_000)) {
			Thread watch = Thread.ofPlatform().start(() -> BoardResultWatch.run(pty.a(), SscmaSession.DEFAULT_BAUD, CLASSES,
					BoardResultReaderTest::pcModel, "test", new BoardResultWatch.Listener() {
						@Override
						public void result(BoardComparison.Compared compared) {
							heard.add(compared);
						}

						@Override
						public void problem(String message) {
							heard.clear();
						}
					}, monitor));
			while (heard.stream().filter(compared -> compared.pc() != null).count() < 6) {
				Thread.sleep(20);
			}
			monitor.setCanceled(true);
			watch.join(5000);
			assertFalse(watch.isAlive(), "the watch ends when cancelled");
			for (int wait = 0; wait < 100 && !board.commands().contains("AT+BREAK"); wait++) {
				Thread.sleep(50);
			}
			assertEquals(List.of("AT+INVOKE=-1,0,0", "AT+BREAK"), board.commands());
			assertEquals(null, dev.modelbench.deploy.serial.PortLeases.shared().holder(pty.a()), "the port is free again");
		}
	}

	@Test
	void withoutAFrameThereIsNothingToCompare() {
		BoardComparison comparison = new BoardComparison(BoardResultReaderTest::pcModel);
		BoardComparison.Compared compared = comparison.add(new BoardResult("cat", 0.93, null));
		assertNull(compared.pc());
		assertFalse(compared.agrees());
		assertEquals(0, compared.compared());
	}
}
