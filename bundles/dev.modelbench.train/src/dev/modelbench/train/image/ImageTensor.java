package dev.modelbench.train.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns an image into the input of an image model: the whole image scaled to {@code size × size}
 * (aspect ratio not kept), channels R, G, B in planes (NCHW), each value = 8-bit sample / 255.
 * Scaling first halves each side with 2×2 box averages while it is at least twice the target, then
 * samples bilinearly at pixel centres (as OpenCV's {@code INTER_LINEAR}), so a 12-megapixel photo
 * and its thumbnail give nearly the same input and nothing aliases.
 */
public final class ImageTensor {

	private ImageTensor() {
	}

	/** The {@code 3 × size × size} values of {@code image}. */
	public static float[] of(BufferedImage image, int size) {
		float[] values = new float[3 * size * size];
		write(image, size, values, 0);
		return values;
	}

	/** Writes the {@code 3 × size × size} values of {@code image} into {@code out} from {@code offset}. */
	public static void write(BufferedImage image, int size, float[] out, int offset) {
		Pixels reduced = reduce(new Pixels(rgbPixels(image), image.getWidth(), image.getHeight()), size);
		bilinear(reduced.rgb(), reduced.width(), reduced.height(), size, out, offset);
	}

	/**
	 * {@code image} halved (2×2 box averages) while a side is at least twice {@code size}: what
	 * {@link #write} scales from, so the tensor of the result equals the tensor of the image. Lets
	 * work on the pixels (e.g. augmentation) run at the resolution that matters.
	 */
	public static BufferedImage reduce(BufferedImage image, int size) {
		if (image.getWidth() < 2 * size && image.getHeight() < 2 * size) {
			return image;
		}
		Pixels reduced = reduce(new Pixels(rgbPixels(image), image.getWidth(), image.getHeight()), size);
		BufferedImage result = new BufferedImage(reduced.width(), reduced.height(), BufferedImage.TYPE_INT_RGB);
		result.setRGB(0, 0, reduced.width(), reduced.height(), reduced.rgb(), 0, reduced.width());
		return result;
	}

	private record Pixels(int[] rgb, int width, int height) {
	}

	private static Pixels reduce(Pixels pixels, int size) {
		int[] rgb = pixels.rgb();
		int width = pixels.width();
		int height = pixels.height();
		while (width >= 2 * size || height >= 2 * size) {
			boolean halveX = width >= 2 * size;
			boolean halveY = height >= 2 * size;
			rgb = halve(rgb, width, height, halveX, halveY);
			width = halveX ? width / 2 : width;
			height = halveY ? height / 2 : height;
		}
		return new Pixels(rgb, width, height);
	}

	private static int[] rgbPixels(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt data
				&& data.getNumBanks() == 1 && image.getRaster().getParent() == null
				&& data.getData().length == image.getWidth() * image.getHeight()) {
			return data.getData(); // read only
		}
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

	/** Averages 2×2 (or 2×1, 1×2) blocks; an odd last row or column is dropped. */
	private static int[] halve(int[] pixels, int width, int height, boolean halveX, boolean halveY) {
		int stepX = halveX ? 2 : 1;
		int stepY = halveY ? 2 : 1;
		int outWidth = width / stepX;
		int outHeight = height / stepY;
		int count = stepX * stepY;
		int[] out = new int[outWidth * outHeight];
		for (int y = 0; y < outHeight; y++) {
			for (int x = 0; x < outWidth; x++) {
				int r = 0;
				int g = 0;
				int b = 0;
				for (int dy = 0; dy < stepY; dy++) {
					int row = (y * stepY + dy) * width;
					for (int dx = 0; dx < stepX; dx++) {
						int p = pixels[row + x * stepX + dx];
						r += (p >> 16) & 0xFF;
						g += (p >> 8) & 0xFF;
						b += p & 0xFF;
					}
				}
				// Rounded, so halving twice equals one 4×4 average to within one level.
				out[y * outWidth + x] = ((r + count / 2) / count) << 16 | ((g + count / 2) / count) << 8
						| (b + count / 2) / count;
			}
		}
		return out;
	}

	private static void bilinear(int[] pixels, int width, int height, int size, float[] out, int offset) {
		int plane = size * size;
		float scaleX = (float) width / size;
		float scaleY = (float) height / size;
		int[] x0 = new int[size];
		int[] x1 = new int[size];
		float[] fx = new float[size];
		for (int x = 0; x < size; x++) {
			float source = clamp((x + 0.5f) * scaleX - 0.5f, width);
			x0[x] = (int) source;
			x1[x] = Math.min(x0[x] + 1, width - 1);
			fx[x] = source - x0[x];
		}
		for (int y = 0; y < size; y++) {
			float sourceY = clamp((y + 0.5f) * scaleY - 0.5f, height);
			int y0 = (int) sourceY;
			int y1 = Math.min(y0 + 1, height - 1);
			float fy = sourceY - y0;
			int row0 = y0 * width;
			int row1 = y1 * width;
			for (int x = 0; x < size; x++) {
				int a = pixels[row0 + x0[x]];
				int b = pixels[row0 + x1[x]];
				int c = pixels[row1 + x0[x]];
				int d = pixels[row1 + x1[x]];
				int at = offset + y * size + x;
				for (int channel = 0; channel < 3; channel++) {
					int shift = 16 - 8 * channel;
					float top = lerp((a >> shift) & 0xFF, (b >> shift) & 0xFF, fx[x]);
					float bottom = lerp((c >> shift) & 0xFF, (d >> shift) & 0xFF, fx[x]);
					out[at + channel * plane] = lerp(top, bottom, fy) / 255f;
				}
			}
		}
	}

	private static float clamp(float source, int extent) {
		return Math.max(0f, Math.min(source, extent - 1));
	}

	private static float lerp(float from, float to, float t) {
		return from + (to - from) * t;
	}
}
