package dev.modelbench.core.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.internal.dataset.DatasetScanner;
import dev.modelbench.core.internal.dataset.DatasetSource;
import dev.modelbench.core.internal.dataset.SampleDecoder;
import dev.modelbench.core.internal.dataset.ScannedClass;
import dev.modelbench.core.internal.dataset.ScannedDataset;
import dev.modelbench.core.internal.dataset.ScannedFile;
import dev.modelbench.core.model.TaskKind;

/**
 * A labelled dataset read in place, without importing it: e.g. new data to score a trained model
 * on. Same layouts as {@link DatasetImporter} (class folders, optionally in train/ and val/, or a
 * zip of either, unpacked with the same safety limits into a scratch folder that {@link #close()}
 * deletes). Files are not decoded here.
 */
public final class LabeledDataset implements AutoCloseable {

	/**
	 * A sample file of the dataset.
	 *
	 * @param className    its class folder's name
	 * @param file         where it is now
	 * @param relativeName its path from the dataset root, with '/'
	 */
	public record LabeledFile(String className, Path file, String relativeName) {
	}

	private final DatasetSource source;
	private final List<String> classNames;
	private final List<LabeledFile> files;
	private final List<String> emptyClasses;

	private LabeledDataset(DatasetSource source, ScannedDataset scanned) {
		this.source = source;
		List<String> names = new ArrayList<>();
		List<LabeledFile> all = new ArrayList<>();
		for (ScannedClass scannedClass : scanned.classes()) {
			names.add(scannedClass.displayName());
			for (ScannedFile file : scannedClass.files()) {
				all.add(new LabeledFile(scannedClass.displayName(), file.file(), file.relativeName()));
			}
		}
		this.classNames = List.copyOf(names);
		this.files = List.copyOf(all);
		this.emptyClasses = scanned.emptyClasses();
	}

	/**
	 * Opens the dataset at {@code source} (a folder or a .zip) with the samples of {@code task}.
	 *
	 * @throws DatasetImportException when it is missing, not a folder or zip, or an unsafe zip
	 */
	public static LabeledDataset open(Path source, TaskKind task, ZipLimits limits, IProgressMonitor monitor)
			throws DatasetImportException {
		DatasetSource dataset = DatasetSource.open(source, limits, monitor);
		try {
			return new LabeledDataset(dataset, new DatasetScanner(SampleDecoder.forTask(task)).scan(dataset.folder()));
		} catch (IOException e) {
			dataset.close();
			throw new DatasetImportException(NLS.bind(Messages.Import_readFailed, source, e.getLocalizedMessage()), e);
		} catch (RuntimeException e) {
			dataset.close();
			throw e;
		}
	}

	/** The class folders that hold samples, sorted by name. */
	public List<String> classNames() {
		return classNames;
	}

	/** Every sample file, class by class. */
	public List<LabeledFile> files() {
		return files;
	}

	/** Class folders without any sample. */
	public List<String> emptyClasses() {
		return emptyClasses;
	}

	@Override
	public void close() {
		source.close();
	}
}
