package dev.modelbench.core.internal.dataset;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/** Formats a byte count the way users read sizes: "2 GB", "256 MB", "12 KB". */
final class ByteSize {

	private ByteSize() {
	}

	static String format(long bytes) {
		if (bytes >= 1L << 30) {
			return NLS.bind(Messages.Size_gigabytes, bytes >> 30);
		}
		if (bytes >= 1L << 20) {
			return NLS.bind(Messages.Size_megabytes, bytes >> 20);
		}
		if (bytes >= 1L << 10) {
			return NLS.bind(Messages.Size_kilobytes, bytes >> 10);
		}
		return NLS.bind(Messages.Size_bytes, bytes);
	}
}
