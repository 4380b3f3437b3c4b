package dev.modelbench.ui.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * AWT pictures (camera frames, decoded samples) as SWT image data. Plain data, so the conversion
 * and scaling run on the thread that has the picture, never on the UI thread.
 */
public final class SwtImages {

	private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

	private SwtImages() {
	}

	/** {@code image} pixel for pixel. */
	public static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 32, RGB);
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	/** {@code image} scaled to fit {@code width} x {@code height}, keeping its proportions. */
	public static BufferedImage fit(BufferedImage image, int width, int height) {
		double scale = Math.min((double) width / image.getWidth(), (double) height / image.getHeight());
		return scaled(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
				Math.max(1, (int) Math.round(image.getHeight() * scale)), 0, 0, image.getWidth(), image.getHeight());
	}

	/** The middle square of {@code image}, scaled to {@code size} x {@code size}: a thumbnail. */
	public static BufferedImage square(BufferedImage image, int size) {
		int side = Math.min(image.getWidth(), image.getHeight());
		int x = (image.getWidth() - side) / 2;
		int y = (image.getHeight() - side) / 2;
		return scaled(image, size, size, x, y, x + side, y + side);
	}

	private static BufferedImage scaled(BufferedImage image, int width, int height, int sx1, int sy1, int sx2, int sy2) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, sx1, sy1, sx2, sy2, null);
		} finally {
			g.dispose();
		}
		return scaled;
	}
}
