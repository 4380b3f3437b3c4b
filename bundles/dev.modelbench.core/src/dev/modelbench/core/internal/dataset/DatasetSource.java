package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.internal.Messages;

/**
 * The folder to scan for a dataset the user picked: the folder itself, or a zip unpacked into a
 * scratch folder outside the project that {@link #close()} deletes again.
 */
public final class DatasetSource implements AutoCloseable {

	private final Path folder;
	private final Path scratch;

	private DatasetSource(Path folder, Path scratch) {
		this.folder = folder;
		this.scratch = scratch;
	}

	public static DatasetSource open(Path source, ZipLimits limits, IProgressMonitor monitor)
			throws DatasetImportException {
		if (Files.isDirectory(source)) {
			return new DatasetSource(source, null);
		}
		if (!Files.exists(source)) {
			throw new DatasetImportException(NLS.bind(Messages.Import_sourceMissing, source));
		}
		if (!Files.isRegularFile(source) || !"zip".equals(SampleDecoder.extension(source.getFileName().toString()))) { //$NON-NLS-1$
			throw new DatasetImportException(NLS.bind(Messages.Import_notFolderOrZip, source));
		}
		Path scratch;
		try {
			scratch = Files.createTempDirectory("modelbench-dataset-"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new DatasetImportException(NLS.bind(Messages.Import_noScratchSpace, e.getLocalizedMessage()), e);
		}
		try {
			new SafeZipExtractor(limits).extract(source, scratch, monitor);
			return new DatasetSource(scratch, scratch);
		} catch (DatasetImportException | RuntimeException e) {
			RecursiveDelete.quietly(scratch);
			throw e;
		}
	}

	/** The folder holding the dataset's files. */
	public Path folder() {
		return folder;
	}

	@Override
	public void close() {
		RecursiveDelete.quietly(scratch);
	}
}
