package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.internal.Messages;

/**
 * Unpacks a dataset zip into a scratch folder, refusing entries that would land outside it and
 * stopping as soon as the inflated bytes pass the {@link ZipLimits}.
 */
public final class SafeZipExtractor {

	/** Windows Explorer writes entry names in the DOS code page when they are not UTF-8. */
	private static final Charset LEGACY_NAMES = Charset.forName("IBM437"); //$NON-NLS-1$

	/**
	 * Photos and clips barely compress, deflate cannot pass about 1,030 to 1, and zeros come close:
	 * past this ratio a zip is a bomb whatever its headers say.
	 */
	private static final long MAX_RATIO = 500;

	/** Below this much inflated, the ratio is not judged (a few flat drawings may compress well). */
	private static final long RATIO_CHECKED_FROM = 64L << 20;

	private final ZipLimits limits;

	public SafeZipExtractor(ZipLimits limits) {
		this.limits = limits;
	}

	/** Extracts {@code zipFile} into the existing, empty folder {@code target}. */
	public void extract(Path zipFile, Path target, IProgressMonitor monitor) throws DatasetImportException {
		String zipName = zipFile.getFileName().toString();
		try (ZipFile zip = open(zipFile)) {
			if (zip.size() > limits.maxEntries()) {
				throw new DatasetImportException(NLS.bind(Messages.Zip_tooManyEntries, zipName, limits.maxEntries()));
			}
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			// Every name and declared size is checked before anything is written, so a hostile zip is
			// refused as a whole, and one whose directory admits its size costs no disk at all.
			long declared = 0;
			for (ZipEntry entry : entries) {
				if (ZipEntryName.escapes(entry.getName())) {
					throw new DatasetImportException(NLS.bind(Messages.Zip_entryEscapes, zipName, entry.getName()));
				}
				if (entry.getSize() > limits.maxEntryBytes()) {
					throw entryTooLarge(zipName, entry);
				}
				declared += Math.max(0, entry.getSize());
			}
			if (declared > limits.maxTotalBytes()) {
				throw tooLarge(zipName);
			}
			SubMonitor progress = SubMonitor.convert(monitor, entries.size());
			Path root = target.toAbsolutePath().normalize();
			long[] total = { 0, 0 }; // bytes inflated, compressed bytes of the entries done
			byte[] buffer = new byte[64 * 1024];
			for (ZipEntry entry : entries) {
				progress.split(1);
				extractEntry(zip, entry, root, zipName, buffer, total);
				total[1] += compressedSize(entry);
			}
		} catch (ZipException | IllegalArgumentException e) {
			throw new DatasetImportException(NLS.bind(Messages.Zip_unreadable, zipName, e.getLocalizedMessage()), e);
		} catch (IOException e) {
			throw new DatasetImportException(NLS.bind(Messages.Zip_extractFailed, zipName, e.getLocalizedMessage()), e);
		}
	}

	private static ZipFile open(Path zipFile) throws IOException {
		try {
			return new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8);
		} catch (ZipException utf8Failure) {
			try {
				return new ZipFile(zipFile.toFile(), LEGACY_NAMES);
			} catch (ZipException legacyFailure) {
				throw utf8Failure;
			}
		}
	}

	private void extractEntry(ZipFile zip, ZipEntry entry, Path root, String zipName, byte[] buffer, long[] total)
			throws IOException, DatasetImportException {
		String name = entry.getName().replace('\\', '/');
		if (isJunk(name)) {
			return;
		}
		Path destination;
		try {
			destination = root.resolve(name).normalize();
		} catch (InvalidPathException e) {
			throw new DatasetImportException(NLS.bind(Messages.Zip_badEntryName, zipName, entry.getName()), e);
		}
		if (!destination.startsWith(root)) {
			// Unreachable after ZipEntryName.escapes, but this is the line that keeps files inside.
			throw new DatasetImportException(NLS.bind(Messages.Zip_entryEscapes, zipName, entry.getName()));
		}
		// A zip written on Windows may end its folder entries with '\', which ZipEntry does not take for a folder.
		if (entry.isDirectory() || name.endsWith("/")) { //$NON-NLS-1$
			Files.createDirectories(destination);
			return;
		}
		Files.createDirectories(destination.getParent());
		try (InputStream in = zip.getInputStream(entry);
				OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
			long entryBytes = 0;
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				// Counted as inflated, never taken from the headers, which a zip bomb can fake.
				entryBytes += read;
				total[0] += read;
				if (total[0] > RATIO_CHECKED_FROM && total[0] > MAX_RATIO * (total[1] + compressedSize(entry))) {
					// Headers that lie about sizes: stopped at the first tens of megabytes, not at the limit.
					throw new DatasetImportException(NLS.bind(Messages.Zip_bomb, zipName, MAX_RATIO));
				}
				if (entryBytes > limits.maxEntryBytes()) {
					throw entryTooLarge(zipName, entry);
				}
				if (total[0] > limits.maxTotalBytes()) {
					throw tooLarge(zipName);
				}
				out.write(buffer, 0, read);
			}
		} catch (FileAlreadyExistsException e) {
			throw new DatasetImportException(NLS.bind(Messages.Zip_duplicateEntry, zipName, entry.getName()), e);
		}
	}

	private DatasetImportException entryTooLarge(String zipName, ZipEntry entry) {
		return new DatasetImportException(NLS.bind(Messages.Zip_entryTooLarge,
				new Object[] { zipName, entry.getName(), ByteSize.format(limits.maxEntryBytes()) }));
	}

	private DatasetImportException tooLarge(String zipName) {
		return new DatasetImportException(NLS.bind(Messages.Zip_tooLarge, zipName, ByteSize.format(limits.maxTotalBytes())));
	}

	private static long compressedSize(ZipEntry entry) {
		return Math.max(0, entry.getCompressedSize());
	}

	private static boolean isJunk(String name) {
		for (String segment : name.split("/")) { //$NON-NLS-1$
			if (!segment.isEmpty() && !segment.equals(".") && JunkNames.isJunk(segment)) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

}
