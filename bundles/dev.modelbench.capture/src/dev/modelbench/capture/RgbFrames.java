package dev.modelbench.capture;

import java.awt.image.BufferedImage;

/** Frames as the rest of Model Bench reads images: opaque {@link BufferedImage#TYPE_INT_RGB}. */
public final class RgbFrames {

	private RgbFrames() {
	}

	/** {@code image} itself when it is RGB already, else a converted copy. */
	public static BufferedImage of(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		rgb.setRGB(0, 0, width, height, image.getRGB(0, 0, width, height, null, 0, width), 0, width);
		return rgb;
	}
}
