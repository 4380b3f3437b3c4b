package dev.modelbench.deploy.sensor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether bytes are one whole JPEG: start and end markers, and a decode without a warning. The
 * SSCMA firmware sends no checksum; a frame cut or damaged on the line fails one of these.
 */
final class JpegCheck {

	/** Smaller than the smallest real camera JPEG (headers and tables alone are ~600 bytes). */
	static final int MIN_LENGTH = 125;

	private JpegCheck() {
	}

	/** The picture, or null when {@code jpeg} is not a whole, clean JPEG. */
	static BufferedImage decode(byte[] jpeg) {
		if (!hasMarkers(jpeg)) {
			return null;
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			boolean[] warned = { false };
			// Damaged entropy data decodes with a warning ("Corrupt JPEG data") into a smeared picture.
			reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
			try {
				reader.setInput(in, true, true);
				BufferedImage image = reader.read(0);
				return warned[0] || image.getWidth() <= 0 ? null : image;
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Starts with SOI (FF D8 FF) and ends with EOI (FF D9). */
	static boolean hasMarkers(byte[] jpeg) {
		int n = jpeg.length;
		return n >= MIN_LENGTH && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8 && (jpeg[2] & 0xFF) == 0xFF
				&& (jpeg[n - 2] & 0xFF) == 0xFF && (jpeg[n - 1] & 0xFF) == 0xD9;
	}
}
