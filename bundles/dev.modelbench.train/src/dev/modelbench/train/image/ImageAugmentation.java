package dev.modelbench.train.image;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Random changes to a training image that keep its class: what a camera in a classroom varies
 * anyway (a mirrored view, a tilted camera, another framing, other light). Each change is drawn
 * from the given generator, so a seed gives the same images every time.
 *
 * @param horizontalFlip      mirror left-right half of the time
 * @param verticalFlip        mirror top-bottom half of the time (only for classes that look the
 *                            same upside down)
 * @param maxRotationDegrees  rotate by up to this many degrees either way
 * @param minCropFraction     keep a square-ish window of at least this fraction of each side,
 *                            scaled back to the full size (1 for no cropping)
 * @param maxBrightnessChange scale every channel by a factor within 1 ± this
 */
public record ImageAugmentation(boolean horizontalFlip, boolean verticalFlip, double maxRotationDegrees,
		double minCropFraction, double maxBrightnessChange) {

	/** No change at all. */
	public static final ImageAugmentation NONE = new ImageAugmentation(false, false, 0, 1, 0);

	/** Mirror, ±10°, crops down to 85 % of each side, ±20 % brightness. */
	public static final ImageAugmentation DEFAULT = new ImageAugmentation(true, false, 10, 0.85, 0.2);

	/** {@link #DEFAULT} without the mirror, for classes a mirror changes (digits, letters, arrows). */
	public static final ImageAugmentation UNMIRRORED = new ImageAugmentation(false, false, DEFAULT.maxRotationDegrees,
			DEFAULT.minCropFraction, DEFAULT.maxBrightnessChange);

	public ImageAugmentation {
		if (!(minCropFraction > 0 && minCropFraction <= 1) || maxRotationDegrees < 0 || maxBrightnessChange < 0
				|| maxBrightnessChange >= 1) {
			throw new IllegalArgumentException("Augmentation out of range: " + this); //$NON-NLS-1$
		}
	}

	/** Whether this changes nothing. */
	public boolean isNone() {
		return !horizontalFlip && !verticalFlip && maxRotationDegrees == 0 && minCropFraction == 1
				&& maxBrightnessChange == 0;
	}

	/** A new image of the same size, changed at random. {@code image} is not modified. */
	public BufferedImage apply(BufferedImage image, SplittableRandom random) {
		int width = image.getWidth();
		int height = image.getHeight();
		// Draw every random number whatever is enabled, so enabling one change keeps the others' draws.
		boolean mirrorX = random.nextBoolean() && horizontalFlip;
		boolean mirrorY = random.nextBoolean() && verticalFlip;
		double angle = Math.toRadians(uniform(random, -maxRotationDegrees, maxRotationDegrees));
		double crop = uniform(random, minCropFraction, 1);
		double centreX = uniform(random, crop / 2, 1 - crop / 2) * width;
		double centreY = uniform(random, crop / 2, 1 - crop / 2) * height;
		float brightness = (float) uniform(random, 1 - maxBrightnessChange, 1 + maxBrightnessChange);

		// Each output pixel samples the source along the inverse of: the crop window around its centre,
		// rotated, scaled up to the full size and mirrored onto the output's centre. Done by hand, not
		// with Graphics2D, so it needs no display and gives the same pixels on every JDK.
		int[] source = image.getRGB(0, 0, width, height, null, 0, width);
		int[] out = new int[source.length];
		int background = meanColour(source); // a rotation's bare corners; black would be a cue
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double u = (x + 0.5 - width / 2.0) * crop * (mirrorX ? -1 : 1);
				double v = (y + 0.5 - height / 2.0) * crop * (mirrorY ? -1 : 1);
				double sx = cos * u + sin * v + centreX - 0.5;
				double sy = -sin * u + cos * v + centreY - 0.5;
				int rgb = sample(source, width, height, sx, sy, background);
				out[y * width + x] = brightness == 1f ? rgb : scaled(rgb, brightness);
			}
		}
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		result.setRGB(0, 0, width, height, out, 0, width);
		return result;
	}

	/** Bilinear sample at pixel coordinates (centres at integers); outside the image, the background. */
	private static int sample(int[] pixels, int width, int height, double x, double y, int background) {
		if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) {
			return background;
		}
		double cx = Math.max(0, Math.min(x, width - 1));
		double cy = Math.max(0, Math.min(y, height - 1));
		int x0 = (int) cx;
		int y0 = (int) cy;
		int x1 = Math.min(x0 + 1, width - 1);
		int y1 = Math.min(y0 + 1, height - 1);
		double fx = cx - x0;
		double fy = cy - y0;
		int a = pixels[y0 * width + x0];
		int b = pixels[y0 * width + x1];
		int c = pixels[y1 * width + x0];
		int d = pixels[y1 * width + x1];
		int result = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			double top = ((a >> shift) & 0xFF) * (1 - fx) + ((b >> shift) & 0xFF) * fx;
			double bottom = ((c >> shift) & 0xFF) * (1 - fx) + ((d >> shift) & 0xFF) * fx;
			result |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
		}
		return result;
	}

	private static double uniform(SplittableRandom random, double from, double to) {
		return from == to ? from : from + (to - from) * random.nextDouble();
	}

	private static int meanColour(int[] pixels) {
		long r = 0;
		long g = 0;
		long b = 0;
		for (int p : pixels) {
			r += (p >> 16) & 0xFF;
			g += (p >> 8) & 0xFF;
			b += p & 0xFF;
		}
		int count = Math.max(1, pixels.length);
		return (int) (r / count) << 16 | (int) (g / count) << 8 | (int) (b / count);
	}

	private static int scaled(int rgb, float factor) {
		return scale((rgb >> 16) & 0xFF, factor) << 16 | scale((rgb >> 8) & 0xFF, factor) << 8
				| scale(rgb & 0xFF, factor);
	}

	private static int scale(int value, float factor) {
		return Math.min(255, Math.round(value * factor));
	}
}
