package dev.modelbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.capture.FrameRecorder;

class FrameRecorderTest {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	@TempDir
	Path temp;

	private final BufferedImage frame = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);

	@Test
	void holdingForOneSecondAtFiveFpsSavesFiveReadableJpegs() throws Exception {
		FrameRecorder recorder = new FrameRecorder(temp.resolve("cat"), "webcam", 5, List.of());
		recorder.start();
		// A camera delivering 30 frames a second for one second.
		for (int i = 0; i < 30; i++) {
			recorder.offer(frame, i * SECOND / 30);
		}
		recorder.stop();

		List<Path> written = recorder.written();
		assertEquals(5, written.size());
		assertEquals("webcam_0001.jpg", written.get(0).getFileName().toString());
		for (Path file : written) {
			assertEquals(32, ImageIO.read(file.toFile()).getWidth());
		}
	}

	@Test
	void aFrameTheCameraEncodedIsSavedAsItsBytesNotReencoded() throws Exception {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(frame, "jpg", jpeg);
		byte[] asSent = jpeg.toByteArray();
		asSent[asSent.length / 2] ^= 1; // a byte ImageIO would not write back: only a copy keeps it
		FrameRecorder recorder = new FrameRecorder(temp.resolve("cat"), "board", 5, List.of());
		recorder.start();

		Path file = recorder.offer(frame, asSent, 0);

		assertArrayEquals(asSent, Files.readAllBytes(file));
	}

	@Test
	void framesOfferedWhileNotHoldingAreNotSaved() throws Exception {
		FrameRecorder recorder = new FrameRecorder(temp.resolve("cat"), "webcam", 10, List.of());

		assertNull(recorder.offer(frame, 0));
		recorder.start();
		assertNotNull(recorder.offer(frame, SECOND));
		recorder.stop();
		assertNull(recorder.offer(frame, 3 * SECOND));

		assertEquals(1, recorder.written().size());
	}

	@Test
	void pressingAgainSavesTheFirstFrameAtOnce() throws Exception {
		FrameRecorder recorder = new FrameRecorder(temp.resolve("cat"), "webcam", 1, List.of());
		recorder.start();
		recorder.offer(frame, 0);
		recorder.stop();
		recorder.start();

		assertNotNull(recorder.offer(frame, SECOND / 10));
	}

	@Test
	void namesSkipFilesOnDiskAndNamesTheModelUses() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("cat"));
		Files.writeString(folder.resolve("webcam_0001.jpg"), "a user's file");
		FrameRecorder recorder = new FrameRecorder(folder, "webcam", 30, List.of("WEBCAM_0002.jpg"));
		recorder.start();

		Path file = recorder.offer(frame, 0);

		assertEquals("webcam_0003.jpg", file.getFileName().toString());
		assertEquals("a user's file", Files.readString(folder.resolve("webcam_0001.jpg")));
	}

	@Test
	void aRateOutsideTheRangeIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new FrameRecorder(temp, "webcam", 0, List.of()));
		assertThrows(IllegalArgumentException.class, () -> new FrameRecorder(temp, "webcam", 60, List.of()));
	}
}
