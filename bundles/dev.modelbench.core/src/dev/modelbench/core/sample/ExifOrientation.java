package dev.modelbench.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of IFD0), which phones use instead of rotating the
 * pixels: a portrait photo is stored sideways with orientation 6. ImageIO ignores it, so without
 * this a class of upright photos would train as a class of sideways ones.
 */
public final class ExifOrientation {

	/** Pixels stored as they are shown. */
	public static final int NORMAL = 1;

	/** EXIF lives in the first APP1 segment, which is at most 64 KiB. */
	private static final int HEADER_BYTES = 128 * 1024;
	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/** The orientation (1 to 8) of {@code file}, or {@link #NORMAL} when it has none or is no JPEG. */
	public static int of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEADER_BYTES);
		}
		return of(head);
	}

	/** The orientation stored in the first bytes of a JPEG file, or {@link #NORMAL}. */
	static int of(byte[] jpeg) {
		ByteBuffer data = ByteBuffer.wrap(jpeg).order(ByteOrder.BIG_ENDIAN);
		if (data.remaining() < 4 || (data.getShort() & 0xFFFF) != 0xFFD8) {
			return NORMAL;
		}
		while (data.remaining() >= 4) {
			int marker = data.getShort() & 0xFFFF;
			int length = data.getShort() & 0xFFFF;
			if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || length < 2 || length - 2 > data.remaining()) {
				return NORMAL; // start of the image data, or not a well-formed header
			}
			int segmentStart = data.position();
			if (marker == 0xFFE1 && length >= 8 && isExifHeader(data, segmentStart)) {
				return fromTiff(ByteBuffer.wrap(jpeg, segmentStart + 6, length - 8).slice());
			}
			data.position(segmentStart + length - 2);
		}
		return NORMAL;
	}

	private static boolean isExifHeader(ByteBuffer data, int at) {
		return data.get(at) == 'E' && data.get(at + 1) == 'x' && data.get(at + 2) == 'i' && data.get(at + 3) == 'f'
				&& data.get(at + 4) == 0 && data.get(at + 5) == 0;
	}

	private static int fromTiff(ByteBuffer tiff) {
		if (tiff.remaining() < 8) {
			return NORMAL;
		}
		short byteOrder = tiff.getShort(0);
		if (byteOrder == 0x4949) {
			tiff.order(ByteOrder.LITTLE_ENDIAN);
		} else if (byteOrder != 0x4D4D) {
			return NORMAL;
		}
		long ifd = tiff.getInt(4) & 0xFFFFFFFFL;
		if (ifd + 2 > tiff.limit()) {
			return NORMAL;
		}
		int entries = tiff.getShort((int) ifd) & 0xFFFF;
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (entry + 12 > tiff.limit()) {
				return NORMAL;
			}
			if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
				int value = tiff.getShort(entry + 8) & 0xFFFF;
				return value >= 1 && value <= 8 ? value : NORMAL;
			}
		}
		return NORMAL;
	}

	/**
	 * Turns pixels stored with {@code orientation} upright.
	 *
	 * @param pixels row-major, {@code width × height}
	 * @return the upright pixels; orientations 5 to 8 swap width and height
	 */
	public static int[] upright(int[] pixels, int width, int height, int orientation) {
		if (orientation == NORMAL) {
			return pixels;
		}
		boolean swaps = orientation >= 5;
		int outWidth = swaps ? height : width;
		int outHeight = swaps ? width : height;
		int[] out = new int[pixels.length];
		for (int y = 0; y < outHeight; y++) {
			for (int x = 0; x < outWidth; x++) {
				int source = switch (orientation) {
					case 2 -> y * width + (width - 1 - x);
					case 3 -> (height - 1 - y) * width + (width - 1 - x);
					case 4 -> (height - 1 - y) * width + x;
					case 5 -> x * width + y;
					case 6 -> (height - 1 - x) * width + y;
					case 7 -> (height - 1 - x) * width + (width - 1 - y);
					case 8 -> x * width + (width - 1 - y);
					default -> throw new IllegalArgumentException("EXIF orientation " + orientation); //$NON-NLS-1$
				};
				out[y * outWidth + x] = pixels[source];
			}
		}
		return out;
	}

	/** Whether {@code orientation} swaps width and height. */
	public static boolean swapsSides(int orientation) {
		return orientation >= 5;
	}
}
