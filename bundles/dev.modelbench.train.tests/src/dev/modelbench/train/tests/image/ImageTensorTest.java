package dev.modelbench.train.tests.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.image.ImageTensor;

class ImageTensorTest {

	@Test
	void writesRedGreenAndBluePlanesScaledToOne() {
		BufferedImage image = filled(5, 7, 0x336699);

		float[] values = ImageTensor.of(image, 4);

		assertEquals(3 * 16, values.length);
		for (int i = 0; i < 16; i++) {
			assertEquals(0x33 / 255f, values[i], 1e-6);
			assertEquals(0x66 / 255f, values[16 + i], 1e-6);
			assertEquals(0x99 / 255f, values[32 + i], 1e-6);
		}
	}

	@Test
	void upscalingInterpolatesBetweenPixelCentres() {
		BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x000000);
		image.setRGB(1, 0, 0xFF0000);

		float[] red = ImageTensor.of(image, 4);

		// Output centres 0.5, 1.5, 2.5, 3.5 sample the input at -0.25, 0.25, 0.75, 1.25: clamped at the edges.
		assertEquals(0f, red[0], 1e-6);
		assertEquals(0.25f, red[1], 1e-6);
		assertEquals(0.75f, red[2], 1e-6);
		assertEquals(1f, red[3], 1e-6);
	}

	@Test
	void aLargePhotoAndItsHalfGiveTheSameInput() {
		BufferedImage large = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		BufferedImage half = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 64; y++) {
			for (int x = 0; x < 64; x++) {
				// Stripes one pixel wide, which plain bilinear sampling would alias to all black or white.
				large.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0x000000);
			}
		}
		for (int y = 0; y < 32; y++) {
			for (int x = 0; x < 32; x++) {
				half.setRGB(x, y, 0x808080);
			}
		}

		float[] fromLarge = ImageTensor.of(large, 8);
		float[] fromHalf = ImageTensor.of(half, 8);

		for (int i = 0; i < fromLarge.length; i++) {
			assertEquals(fromHalf[i], fromLarge[i], 1.5f / 255, "value " + i);
		}
	}

	private static BufferedImage filled(int width, int height, int rgb) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, rgb);
			}
		}
		return image;
	}
}
