package dev.modelbench.core.internal.dataset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/** Accepts the usual photo formats and checks each file by decoding every pixel with ImageIO. */
final class ImageDecoder implements SampleDecoder {

	/**
	 * Larger images are refused rather than decoded: 50 megapixels already take 200 MB of memory,
	 * and no camera a pupil uses takes more.
	 */
	static final long MAX_PIXELS = 50_000_000L;

	private final Set<String> extensions;

	ImageDecoder() {
		extensions = new TreeSet<>(Set.of("jpg", "jpeg", "png", "bmp", "gif")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (ImageIO.getImageReadersBySuffix("webp").hasNext()) { //$NON-NLS-1$
			// Only if an ImageIO plug-in for WebP is installed; the JDK has none.
			extensions.add("webp"); //$NON-NLS-1$
		}
	}

	@Override
	public boolean accepts(String fileName) {
		return extensions.contains(SampleDecoder.extension(fileName));
	}

	@Override
	public Optional<String> problem(Path file) {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) {
				return Optional.of(Messages.Decode_cannotOpen);
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.of(Messages.Decode_notAnImage);
			}
			ImageReader reader = readers.next();
			try {
				return decode(reader, in);
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			// ImageIO plug-ins throw all sorts of runtime exceptions on malformed data.
			return Optional.of(NLS.bind(Messages.Decode_damagedImage, reason(e)));
		}
	}

	private static Optional<String> decode(ImageReader reader, ImageInputStream in) throws IOException {
		reader.setInput(in, true, true);
		// A truncated JPEG decodes "successfully" with grey padding and only a warning.
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
		if (pixels > MAX_PIXELS) {
			return Optional.of(NLS.bind(Messages.Decode_imageTooLarge, reader.getWidth(0), reader.getHeight(0)));
		}
		BufferedImage image = reader.read(0);
		if (image == null) {
			return Optional.of(Messages.Decode_notAnImage);
		}
		if (!warnings.isEmpty()) {
			return Optional.of(NLS.bind(Messages.Decode_damagedImage, warnings.get(0)));
		}
		return Optional.empty();
	}

	private static String reason(Exception e) {
		return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
	}
}
