package dev.modelbench.train.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.image.ImageAugmentation;

class ImageAugmentationTest {

	private static final BufferedImage LEFT_RED = halves(0xFF0000, 0x0000FF);

	@Test
	void theSameGeneratorSeedGivesTheSameImage() {
		int[] first = pixels(ImageAugmentation.DEFAULT.apply(LEFT_RED, new SplittableRandom(5)));
		int[] second = pixels(ImageAugmentation.DEFAULT.apply(LEFT_RED, new SplittableRandom(5)));
		int[] other = pixels(ImageAugmentation.DEFAULT.apply(LEFT_RED, new SplittableRandom(6)));

		assertArrayEquals(first, second);
		assertFalse(Arrays.equals(first, other));
	}

	@Test
	void noAugmentationLeavesEveryPixel() {
		assertArrayEquals(pixels(LEFT_RED), pixels(ImageAugmentation.NONE.apply(LEFT_RED, new SplittableRandom(1))));
	}

	@Test
	void aMirroredImageHasItsHalvesSwapped() {
		ImageAugmentation mirrorOnly = new ImageAugmentation(true, false, 0, 1, 0);
		for (long seed = 0; seed < 20; seed++) {
			BufferedImage out = mirrorOnly.apply(LEFT_RED, new SplittableRandom(seed));
			int left = out.getRGB(2, 8);
			int right = out.getRGB(13, 8);
			// Either unchanged or mirrored, never anything else.
			boolean mirrored = (left & 0xFFFFFF) == 0x0000FF;
			assertEquals(mirrored ? 0xFF0000 : 0x0000FF, right & 0xFFFFFF, "seed " + seed);
		}
	}

	@Test
	void refusesSettingsThatWouldDestroyTheImage() {
		assertThrows(IllegalArgumentException.class, () -> new ImageAugmentation(true, false, 10, 0, 0.2));
		assertThrows(IllegalArgumentException.class, () -> new ImageAugmentation(true, false, 10, 0.9, 1.5));
	}

	private static BufferedImage halves(int left, int right) {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				image.setRGB(x, y, x < 8 ? left : right);
			}
		}
		return image;
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}
}
