package dev.modelbench.train.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.image.ClipArtStyle;

class ClipArtStyleTest {

	private static final int SIZE = 96;
	private static final double RADIUS = 30;

	/** A photo-like object on white: a disc shaded from orange to dark red, with sensor noise. */
	private static BufferedImage shadedDisc() {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		SplittableRandom noise = new SplittableRandom(7);
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				double distance = Math.hypot(x - SIZE / 2.0, y - SIZE / 2.0);
				int rgb = 0xFFFFFF;
				if (distance < RADIUS) {
					double shade = (double) x / SIZE; // lighter to the left
					int red = clamp(250 - (int) (100 * shade) + noise.nextInt(-12, 13));
					int green = clamp(150 - (int) (140 * shade) + noise.nextInt(-12, 13));
					int blue = clamp(40 + noise.nextInt(-12, 13));
					rgb = red << 16 | green << 8 | blue;
				}
				image.setRGB(x, y, rgb);
			}
		}
		return image;
	}

	@Test
	void aShadedNoisyPhotoBecomesAFewFlatColoursWithDarkOutlines() {
		BufferedImage photo = shadedDisc();
		long photoColours = Arrays.stream(pixels(photo)).distinct().count();

		BufferedImage drawn = ClipArtStyle.BOLD.apply(photo);

		assertTrue(photoColours > 500, "the test image is photo-like: " + photoColours + " colours");
		long colours = Arrays.stream(pixels(drawn)).distinct().count();
		assertTrue(colours <= ClipArtStyle.BOLD.colours() + 1, colours + " colours (4 flat ones and the outline)");
		// The background's flat colour is the mean of its area, the blurred rim's few pixels included.
		assertTrue(grey(drawn.getRGB(3, 3)) >= 250, "the white background stays white");
		// Along the middle row: a dark outline just inside the rim on the left and on the right (the
		// blur moves the sharpest jump a few pixels in), the disc's flat colour between them.
		int rim = (int) (SIZE / 2.0 - RADIUS);
		assertTrue(darkBetween(drawn, rim - 2, rim + 8), "outline near x = " + rim);
		assertTrue(darkBetween(drawn, SIZE - 1 - rim - 8, SIZE - 1 - rim + 2), "outline near x = " + (SIZE - 1 - rim));
		assertFalse(darkBetween(drawn, 0, rim - 6), "no outline on the background");
		assertTrue(grey(drawn.getRGB(SIZE / 2 - 12, SIZE / 2)) > 100, "inside the disc: its flat colour");
		// Flat: a row inside the disc has few changes of colour, where the photo changes at nearly every pixel.
		assertTrue(changesAlongRow(drawn, SIZE / 2 - 8) < 12, "changes " + changesAlongRow(drawn, SIZE / 2 - 8));
		assertTrue(changesAlongRow(photo, SIZE / 2 - 8) > 40);
	}

	@Test
	void theSameImageAlwaysGivesTheSamePicturesAndTheSourceIsKept() {
		BufferedImage photo = shadedDisc();
		int[] before = pixels(photo);

		int[] first = pixels(ClipArtStyle.BOLD.apply(photo));
		int[] second = pixels(ClipArtStyle.BOLD.apply(photo));

		assertArrayEquals(first, second);
		assertArrayEquals(before, pixels(photo));
	}

	@Test
	void noOutlineWidthDrawsNoOutlines() {
		BufferedImage drawn = new ClipArtStyle(4, 6, 0).apply(shadedDisc());

		assertTrue(Arrays.stream(pixels(drawn)).allMatch(rgb -> grey(rgb) > 60));
	}

	@Test
	void greyMeansNoColourAtAll() {
		BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		grey.setRGB(1, 1, 0x808080);
		assertTrue(ClipArtStyle.isGrey(grey));
		grey.setRGB(2, 2, 0x808081);
		assertFalse(ClipArtStyle.isGrey(grey));
	}

	@Test
	void refusesFewerThanTwoColoursAndNegativeSizes() {
		assertThrows(IllegalArgumentException.class, () -> new ClipArtStyle(1, 2, 2));
		assertThrows(IllegalArgumentException.class, () -> new ClipArtStyle(4, -1, 2));
		assertThrows(IllegalArgumentException.class, () -> new ClipArtStyle(4, 2, -1));
	}

	private static boolean darkBetween(BufferedImage image, int fromX, int toX) {
		for (int x = fromX; x <= toX; x++) {
			if (grey(image.getRGB(x, SIZE / 2)) < 60) {
				return true;
			}
		}
		return false;
	}

	private static int changesAlongRow(BufferedImage image, int y) {
		int changes = 0;
		for (int x = 1; x < SIZE; x++) {
			if (image.getRGB(x, y) != image.getRGB(x - 1, y)) {
				changes++;
			}
		}
		return changes;
	}

	private static int[] pixels(BufferedImage image) {
		int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] &= 0xFFFFFF;
		}
		return rgb;
	}

	private static int grey(int rgb) {
		return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
	}

	private static int clamp(int value) {
		return Math.clamp(value, 0, 255);
	}
}
