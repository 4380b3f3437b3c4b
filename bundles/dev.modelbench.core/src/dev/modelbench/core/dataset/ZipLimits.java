package dev.modelbench.core.dataset;

/**
 * How much a dataset zip may unpack to. A zip can claim small sizes in its headers and still
 * inflate to terabytes (a "zip bomb"), so these limits are checked against the bytes actually
 * inflated, and reading stops as soon as one is passed.
 *
 * @param maxTotalBytes all entries together
 * @param maxEntryBytes any single entry
 * @param maxEntries number of entries
 */
public record ZipLimits(long maxTotalBytes, long maxEntryBytes, int maxEntries) {

	/**
	 * Generous for classroom datasets (a few thousand photos or clips, far below 2 GiB), yet small
	 * enough that a hostile zip cannot fill the disk; no single photo or WAV clip nears 256 MiB.
	 */
	public static final ZipLimits DEFAULT = new ZipLimits(2L << 30, 256L << 20, 100_000);

	public ZipLimits {
		if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0) {
			throw new IllegalArgumentException("Zip limits must be positive"); //$NON-NLS-1$
		}
	}
}
