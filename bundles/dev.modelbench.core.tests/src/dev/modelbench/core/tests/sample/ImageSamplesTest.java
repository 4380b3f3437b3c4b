package dev.modelbench.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.core.tests.fixtures.ImageFormatFiles;
import dev.modelbench.core.tests.fixtures.SampleFiles;

class ImageSamplesTest {

	private static final int RED = 0xFF0000;
	private static final int BLUE = 0x0000FF;

	@TempDir
	Path temp;

	@Test
	void aPhoneJpegStoredSidewaysIsTurnedUpright() throws Exception {
		// Stored 64 wide, 32 high, red on the left; orientation 6 = "rotate 90 degrees clockwise to show".
		Path photo = jpegWithOrientation(leftRightImage(64, 32), 6);

		BufferedImage upright = ImageSamples.read(photo);

		assertEquals(32, upright.getWidth());
		assertEquals(64, upright.getHeight());
		// Turned clockwise, the stored left side (red) is now the top.
		assertEquals(RED, dominant(upright.getRGB(16, 8)));
		assertEquals(BLUE, dominant(upright.getRGB(16, 56)));
	}

	@Test
	void orientationEightTurnsTheOtherWay() throws Exception {
		BufferedImage upright = ImageSamples.read(jpegWithOrientation(leftRightImage(64, 32), 8));

		assertEquals(BLUE, dominant(upright.getRGB(16, 8)));
		assertEquals(RED, dominant(upright.getRGB(16, 56)));
	}

	@Test
	void aJpegWithoutExifIsAsStored() throws Exception {
		Path file = temp.resolve("plain.jpg");
		ImageIO.write(leftRightImage(64, 32), "jpg", file.toFile());

		BufferedImage image = ImageSamples.read(file);

		assertEquals(64, image.getWidth());
		assertEquals(RED, dominant(image.getRGB(8, 16)));
	}

	@Test
	void transparentPixelsAreComposedOverWhite() throws Exception {
		BufferedImage withAlpha = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
		withAlpha.setRGB(0, 0, 0x00000000);
		withAlpha.setRGB(1, 0, 0xFF00FF00);
		Path file = temp.resolve("alpha.png");
		ImageIO.write(withAlpha, "png", file.toFile());

		BufferedImage image = ImageSamples.read(file);

		assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
		assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
		assertEquals(0x00FF00, image.getRGB(1, 0) & 0xFFFFFF);
	}

	@Test
	void aCutOffImageIsRefusedWithTheReason() {
		Path damaged = SampleFiles.truncate(SampleFiles.noisyImage(temp.resolve("cut.png"), "png"), 0.5);

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class,
				() -> ImageSamples.read(damaged));

		assertEquals(damaged, refusal.file());
		assertTrue(refusal.getMessage().startsWith("cut.png cannot be used: damaged image"), refusal.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { ImageFormatFiles.RED_LEFT_WEBP, ImageFormatFiles.RED_LEFT_LOSSLESS_WEBP,
			ImageFormatFiles.RED_LEFT_CMYK_JPEG })
	void webpAndCmykJpegSamplesAreDecodedInTheirColours(String name) throws Exception {
		Path file = ImageFormatFiles.copy(name, temp.resolve(name));
		assertTrue(ImageSamples.accepts(name), name);

		BufferedImage image = ImageSamples.read(file);

		assertEquals(64, image.getWidth());
		assertEquals(32, image.getHeight());
		assertEquals(RED, dominant(image.getRGB(8, 16)));
		assertEquals(BLUE, dominant(image.getRGB(56, 16)));
		// CMYK through a colour profile is not pure red, but plainly red.
		int left = image.getRGB(8, 16);
		assertTrue(((left >> 16) & 0xFF) > 180 && (left & 0xFF) < 80 && ((left >> 8) & 0xFF) < 80,
				Integer.toHexString(left));
	}

	private static BufferedImage leftRightImage(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, x < width / 2 ? RED : BLUE);
			}
		}
		return image;
	}

	/** A JPEG as a phone writes it: the pixels as the sensor saw them and an EXIF orientation tag. */
	private Path jpegWithOrientation(BufferedImage image, int orientation) throws Exception {
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", encoded);
		byte[] jpeg = encoded.toByteArray();
		// TIFF, big-endian: header, IFD0 with one entry (0x0112 SHORT 1 = orientation), no next IFD.
		ByteBuffer tiff = ByteBuffer.allocate(26);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8).putShort((short) 1);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		byte[] exif = { 'E', 'x', 'i', 'f', 0, 0 };
		int length = 2 + exif.length + tiff.capacity();
		ByteBuffer app1 = ByteBuffer.allocate(2 + length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(jpeg, 0, 2); // SOI, then EXIF first as cameras write it
		file.write(app1.array());
		file.write(jpeg, 2, jpeg.length - 2);
		return Files.write(temp.resolve("photo-" + orientation + ".jpg"), file.toByteArray());
	}

	/** The pure colour a JPEG pixel is closest to. */
	private static int dominant(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int b = rgb & 0xFF;
		return r > b ? RED : BLUE;
	}
}
