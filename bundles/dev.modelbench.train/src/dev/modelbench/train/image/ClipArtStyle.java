package dev.modelbench.train.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A photo redrawn as clip art: textures smoothed away, the colours reduced to a few flat ones,
 * and dark outlines where those flat areas meet. A training copy in this style bridges
 * photographic pictures and the flat, outlined drawings a class may be tested on. Deterministic:
 * the same image gives the same pixels every time.
 *
 * @param colours      how many flat colours (k-means in RGB), at least 2
 * @param blurRadius   radius in pixels of the box blur before the colours are reduced (0 for none)
 * @param outlineWidth outline thickness in pixels (0 for no outlines)
 */
public record ClipArtStyle(int colours, int blurRadius, int outlineWidth) {

	/**
	 * Four colours after a radius-6 blur, 5-pixel outlines: the strongest of the styles tried
	 * offline, and the best on the colour sets (releng/benchmarks/README.md).
	 */
	public static final ClipArtStyle BOLD = new ClipArtStyle(4, 6, 5);

	/** A jump in grey level (0 to 255) between flat areas that gets an outline. */
	private static final int EDGE_CONTRAST = 48;
	private static final int OUTLINE = 0x202020;
	private static final int ITERATIONS = 8;
	/** Every how many pixels one joins the colour fitting: enough for a few colours, 16 times quicker. */
	private static final int FIT_STRIDE = 4;

	public ClipArtStyle {
		if (colours < 2 || blurRadius < 0 || outlineWidth < 0) {
			throw new IllegalArgumentException("Clip-art style out of range: " + this); //$NON-NLS-1$
		}
	}

	/** A new image of the same size in this style; {@code image} is not modified. */
	public BufferedImage apply(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] source = image.getRGB(0, 0, width, height, null, 0, width);
		int[] smooth = blur(source, width, height, blurRadius);
		int[] palette = palette(smooth);
		int[] flat = new int[smooth.length];
		for (int i = 0; i < flat.length; i++) {
			flat[i] = palette[nearest(palette, smooth[i])];
		}
		int[] out = outlineWidth == 0 ? flat : outlined(flat, width, height);
		BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		result.setRGB(0, 0, width, height, out, 0, width);
		return result;
	}

	/** Whether every pixel of {@code image} is grey (red = green = blue): a picture with no colours to flatten. */
	public static boolean isGrey(BufferedImage image) {
		for (int rgb : image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())) {
			int red = (rgb >> 16) & 0xFF;
			if (red != ((rgb >> 8) & 0xFF) || red != (rgb & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	/** k-means in RGB, started from colours at evenly spaced grey-level ranks so it needs no random numbers. */
	private int[] palette(int[] pixels) {
		int[] sample = new int[(pixels.length + FIT_STRIDE - 1) / FIT_STRIDE];
		for (int i = 0; i < sample.length; i++) {
			sample[i] = pixels[i * FIT_STRIDE];
		}
		Integer[] byGrey = Arrays.stream(sample).boxed().toArray(Integer[]::new);
		Arrays.sort(byGrey, (a, b) -> Integer.compare(grey(a), grey(b)));
		int[] palette = new int[colours];
		for (int k = 0; k < colours; k++) {
			palette[k] = byGrey[(int) ((k + 0.5) * byGrey.length / colours)];
		}
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			long[][] sums = new long[colours][4];
			for (int p : sample) {
				long[] sum = sums[nearest(palette, p)];
				sum[0] += (p >> 16) & 0xFF;
				sum[1] += (p >> 8) & 0xFF;
				sum[2] += p & 0xFF;
				sum[3]++;
			}
			for (int k = 0; k < colours; k++) {
				long[] sum = sums[k];
				if (sum[3] > 0) {
					palette[k] = (int) (sum[0] / sum[3]) << 16 | (int) (sum[1] / sum[3]) << 8 | (int) (sum[2] / sum[3]);
				}
			}
		}
		return palette;
	}

	/** Dark pixels where the grey level jumps (Sobel), thickened to the outline width. */
	private int[] outlined(int[] flat, int width, int height) {
		int[] grey = new int[flat.length];
		for (int i = 0; i < grey.length; i++) {
			grey[i] = grey(flat[i]);
		}
		boolean[] edge = new boolean[flat.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int gx = at(grey, width, height, x + 1, y - 1) + 2 * at(grey, width, height, x + 1, y)
						+ at(grey, width, height, x + 1, y + 1) - at(grey, width, height, x - 1, y - 1)
						- 2 * at(grey, width, height, x - 1, y) - at(grey, width, height, x - 1, y + 1);
				int gy = at(grey, width, height, x - 1, y + 1) + 2 * at(grey, width, height, x, y + 1)
						+ at(grey, width, height, x + 1, y + 1) - at(grey, width, height, x - 1, y - 1)
						- 2 * at(grey, width, height, x, y - 1) - at(grey, width, height, x + 1, y - 1);
				// Sobel sums four times the jump: compare with four times the contrast.
				edge[y * width + x] = (long) gx * gx + (long) gy * gy > 16L * EDGE_CONTRAST * EDGE_CONTRAST;
			}
		}
		int[] out = flat.clone();
		int reach = outlineWidth / 2;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (edge[y * width + x]) {
					for (int dy = -reach; dy <= outlineWidth - 1 - reach; dy++) {
						for (int dx = -reach; dx <= outlineWidth - 1 - reach; dx++) {
							int ox = x + dx;
							int oy = y + dy;
							if (ox >= 0 && oy >= 0 && ox < width && oy < height) {
								out[oy * width + ox] = OUTLINE;
							}
						}
					}
				}
			}
		}
		return out;
	}

	/** Box blur of the given radius, rows then columns; edges repeat the border pixel. */
	private static int[] blur(int[] pixels, int width, int height, int radius) {
		if (radius == 0) {
			return pixels;
		}
		int[] rows = new int[pixels.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				rows[y * width + x] = mean(pixels, width, height, x, y, radius, 0);
			}
		}
		int[] out = new int[pixels.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				out[y * width + x] = mean(rows, width, height, x, y, 0, radius);
			}
		}
		return out;
	}

	private static int mean(int[] pixels, int width, int height, int x, int y, int radiusX, int radiusY) {
		int r = 0;
		int g = 0;
		int b = 0;
		int count = 0;
		for (int dy = -radiusY; dy <= radiusY; dy++) {
			for (int dx = -radiusX; dx <= radiusX; dx++) {
				int p = at(pixels, width, height, x + dx, y + dy);
				r += (p >> 16) & 0xFF;
				g += (p >> 8) & 0xFF;
				b += p & 0xFF;
				count++;
			}
		}
		return (r + count / 2) / count << 16 | (g + count / 2) / count << 8 | (b + count / 2) / count;
	}

	private static int at(int[] pixels, int width, int height, int x, int y) {
		return pixels[Math.clamp(y, 0, height - 1) * width + Math.clamp(x, 0, width - 1)];
	}

	private static int nearest(int[] palette, int rgb) {
		int best = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (int k = 0; k < palette.length; k++) {
			int dr = ((palette[k] >> 16) & 0xFF) - ((rgb >> 16) & 0xFF);
			int dg = ((palette[k] >> 8) & 0xFF) - ((rgb >> 8) & 0xFF);
			int db = (palette[k] & 0xFF) - (rgb & 0xFF);
			int distance = dr * dr + dg * dg + db * db;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = k;
			}
		}
		return best;
	}

	private static int grey(int rgb) {
		return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF) + 500) / 1000;
	}
}
