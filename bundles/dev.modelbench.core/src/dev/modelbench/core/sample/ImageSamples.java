package dev.modelbench.core.sample;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/**
 * Reads image samples the way training and prediction see them: every pixel decoded (a damaged
 * file is an error, not a grey patch), turned upright by its EXIF orientation, as opaque RGB.
 */
public final class ImageSamples {

	/**
	 * Larger images are refused rather than decoded: 50 megapixels already take 200 MB of memory,
	 * and no camera a pupil uses takes more.
	 */
	public static final long MAX_PIXELS = 50_000_000L;

	private static final Set<String> EXTENSIONS = Collections.unmodifiableSet(
			new TreeSet<>(Set.of("jpg", "jpeg", "png", "bmp", "gif", "webp"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	static {
		ImageReaderPlugins.register();
	}

	private ImageSamples() {
	}

	/** The lower-case file name extensions of the images Model Bench reads here. */
	public static Set<String> extensions() {
		return EXTENSIONS;
	}

	/** Whether a file of this name is an image sample, judged by its extension. */
	public static boolean accepts(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && extensions().contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Decodes {@code file} into an upright {@link BufferedImage#TYPE_INT_RGB} image. Transparent
	 * pixels are composited over white, the background of most cut-out product photos.
	 *
	 * @throws UnreadableSampleException when the file is no image, damaged, or too large
	 */
	public static BufferedImage read(Path file) throws UnreadableSampleException {
		BufferedImage decoded = decode(file);
		int orientation;
		try {
			orientation = ExifOrientation.of(file);
		} catch (IOException e) {
			throw new UnreadableSampleException(file, Messages.Decode_cannotOpen, e);
		}
		return upright(decoded, orientation);
	}

	private static BufferedImage decode(Path file) throws UnreadableSampleException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) {
				throw new UnreadableSampleException(file, Messages.Decode_cannotOpen);
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new UnreadableSampleException(file, Messages.Decode_notAnImage);
			}
			ImageReader reader = readers.next();
			try {
				return decode(file, reader, in);
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			// ImageIO plug-ins throw all sorts of runtime exceptions on malformed data.
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_damagedImage, reason(e)), e);
		}
	}

	private static BufferedImage decode(Path file, ImageReader reader, ImageInputStream in)
			throws IOException, UnreadableSampleException {
		reader.setInput(in, true, true);
		// A truncated JPEG decodes "successfully" with grey padding and only a warning.
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> {
			if (!aboutColourProfile(warning)) {
				warnings.add(warning);
			}
		});
		long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
		if (pixels > MAX_PIXELS) {
			throw new UnreadableSampleException(file,
					NLS.bind(Messages.Decode_imageTooLarge, reader.getWidth(0), reader.getHeight(0)));
		}
		BufferedImage image = reader.read(0);
		if (image == null) {
			throw new UnreadableSampleException(file, Messages.Decode_notAnImage);
		}
		if (!warnings.isEmpty()) {
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_damagedImage, warnings.get(0)));
		}
		return image;
	}

	/**
	 * Whether a reader's warning is only about colours: a CMYK JPEG without an ICC profile (most
	 * of them) is converted with a generic one. Every pixel is decoded, so it is no damage.
	 */
	private static boolean aboutColourProfile(String warning) {
		return warning != null && warning.contains("ICC"); //$NON-NLS-1$
	}

	/** {@code image} as opaque, upright RGB; transparent pixels over white. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		int width = image.getWidth();
		int height = image.getHeight();
		// getRGB converts any colour model to sRGB ARGB; compositing by hand needs no graphics environment.
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		if (image.getColorModel().hasAlpha()) {
			for (int i = 0; i < pixels.length; i++) {
				pixels[i] = overWhite(pixels[i]);
			}
		}
		pixels = ExifOrientation.upright(pixels, width, height, orientation);
		boolean swaps = ExifOrientation.swapsSides(orientation);
		int outWidth = swaps ? height : width;
		int outHeight = swaps ? width : height;
		BufferedImage rgb = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
		rgb.setRGB(0, 0, outWidth, outHeight, pixels, 0, outWidth);
		return rgb;
	}

	private static int overWhite(int argb) {
		int alpha = argb >>> 24;
		if (alpha == 0xFF) {
			return argb & 0xFFFFFF;
		}
		int r = ((argb >> 16) & 0xFF) * alpha / 255 + (255 - alpha);
		int g = ((argb >> 8) & 0xFF) * alpha / 255 + (255 - alpha);
		int b = (argb & 0xFF) * alpha / 255 + (255 - alpha);
		return r << 16 | g << 8 | b;
	}

	private static String reason(Exception e) {
		return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
	}
}
