package dev.modelbench.core.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.internal.dataset.BackgroundRecordings;
import dev.modelbench.core.internal.dataset.DatasetScanner;
import dev.modelbench.core.internal.dataset.DatasetSource;
import dev.modelbench.core.internal.dataset.ImportPlan;
import dev.modelbench.core.internal.dataset.ImportTransaction;
import dev.modelbench.core.internal.dataset.SampleDecoder;
import dev.modelbench.core.internal.dataset.SampleVerifier;
import dev.modelbench.core.internal.dataset.ScannedClass;
import dev.modelbench.core.internal.dataset.ScannedDataset;
import dev.modelbench.core.internal.dataset.ScannedFile;
import dev.modelbench.core.internal.dataset.VerifiedDataset;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;

/**
 * Imports a dataset (a folder or a .zip with one sub-folder per class, optionally inside train/
 * and val/ folders) into a Model project. Everything is checked before anything is written, and
 * the import either completes or leaves the project folder and the model file as they were.
 */
public final class DatasetImporter {

	/** Unreadable files named in a refusal; the list must fit a dialog, the rest is counted. */
	private static final int LISTED_FILES = 10;

	private final ZipLimits zipLimits;

	public DatasetImporter() {
		this(ZipLimits.DEFAULT);
	}

	/** An importer with other zip limits, e.g. small ones in tests. */
	public DatasetImporter(ZipLimits zipLimits) {
		this.zipLimits = zipLimits;
	}

	/**
	 * Imports {@code source} into the project whose model {@code document} holds, then saves the
	 * document (including any unsaved changes it already had). Files are copied; the source is never
	 * changed. Samples get source IMPORT and the dataset's split, or a stratified, seeded one. In a
	 * sound project, background recordings of 1.5 s or more become one sample per second.
	 *
	 * @throws DatasetImportException with a message for the user if the dataset cannot be imported;
	 *             the project is then unchanged
	 * @throws OperationCanceledException if cancelled; the project is then unchanged
	 */
	public ImportReport importDataset(Path source, ModelDocument document, ImportOptions options,
			IProgressMonitor monitor) throws DatasetImportException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Import_task, source.getFileName()), 100);
		ModelProject model = document.getModel();
		SampleDecoder decoder = SampleDecoder.forTask(model.getTaskKind());
		try (DatasetSource dataset = DatasetSource.open(source, zipLimits, progress.split(20));
				BackgroundRecordings recordings = new BackgroundRecordings()) {
			ScannedDataset scanned = scan(dataset.folder(), decoder, source);
			refuseCaseOnlyDuplicates(scanned.classes());
			progress.worked(5);
			VerifiedDataset verified = new SampleVerifier(decoder).verify(scanned, progress.split(35));
			if (!verified.unreadable().isEmpty() && options.onCorrupt() == CorruptFilePolicy.REFUSE) {
				throw new DatasetImportException(refusal(verified.unreadable()));
			}
			if (verified.classes().isEmpty()) {
				throw new DatasetImportException(NLS.bind(Messages.Import_noUsableClass, source.getFileName()));
			}
			if (model.getTaskKind() == TaskKind.SOUND_CLASSIFICATION) {
				verified = cut(recordings, verified);
			}
			long seed = options.seed().orElse(model.getSettings().getSeed());
			Map<ScannedFile, Split> splits = scanned.splitGiven() ? givenSplits(verified.classes())
					: computedSplits(verified.classes(), new StratifiedSplit(seed, options.trainFraction()));
			ImportPlan plan = plan(verified, splits, document);
			if (plan.sampleCount() > 0) { // else every file was in the project already
				new ImportTransaction(document, plan).run(progress.split(40));
			}

			List<String> empty = new ArrayList<>(scanned.emptyClasses());
			empty.addAll(verified.classesLeftEmpty());
			List<String> notes = new ArrayList<>(scanned.notes());
			notes.addAll(plan.notes());
			return new ImportReport(plan.imported(), verified.unreadable(), scanned.ignoredFiles(), empty,
					scanned.splitGiven(), notes);
		}
	}

	/**
	 * Refuses class folders such as Square/ and square/: merged they would hide a mistake, kept apart
	 * they could not even be unpacked on Windows or macOS, so the user decides.
	 */
	private static void refuseCaseOnlyDuplicates(List<ScannedClass> classes) throws DatasetImportException {
		Map<String, List<String>> spellings = new TreeMap<>();
		for (ScannedClass scannedClass : classes) {
			spellings.computeIfAbsent(scannedClass.displayName().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
					.add(scannedClass.displayName() + '/');
		}
		for (List<String> names : spellings.values()) {
			if (names.size() > 1) {
				throw new DatasetImportException(NLS.bind(Messages.Import_caseOnlyDuplicates, String.join(", ", names))); //$NON-NLS-1$
			}
		}
	}

	private static VerifiedDataset cut(BackgroundRecordings recordings, VerifiedDataset verified)
			throws DatasetImportException {
		try {
			return recordings.cut(verified);
		} catch (IOException e) {
			throw new DatasetImportException(NLS.bind(Messages.Import_cutFailed, e.getLocalizedMessage()), e);
		}
	}

	private static ScannedDataset scan(Path folder, SampleDecoder decoder, Path source) throws DatasetImportException {
		try {
			return new DatasetScanner(decoder).scan(folder);
		} catch (IOException e) {
			throw new DatasetImportException(NLS.bind(Messages.Import_readFailed, source, e.getLocalizedMessage()), e);
		}
	}

	private static ImportPlan plan(VerifiedDataset verified, Map<ScannedFile, Split> splits, ModelDocument document)
			throws DatasetImportException {
		try {
			return ImportPlan.create(verified.classes(), splits, document.getModel(), document.getProjectFolder());
		} catch (IOException e) {
			throw new DatasetImportException(
					NLS.bind(Messages.Import_projectUnreadable, document.getProjectFolder(), e.getLocalizedMessage()), e);
		}
	}

	private static Map<ScannedFile, Split> givenSplits(List<ScannedClass> classes) {
		return classes.stream().flatMap(c -> c.files().stream())
				.collect(Collectors.toMap(file -> file, ScannedFile::givenSplit));
	}

	private static Map<ScannedFile, Split> computedSplits(List<ScannedClass> classes, StratifiedSplit split) {
		Map<ScannedFile, Split> splits = new HashMap<>();
		for (ScannedClass scannedClass : classes) {
			Map<String, ScannedFile> byName = scannedClass.files().stream()
					.collect(Collectors.toMap(ScannedFile::relativeName, file -> file));
			split.assign(scannedClass.displayName(), byName.keySet())
					.forEach((name, assigned) -> splits.put(byName.get(name), assigned));
		}
		return splits;
	}

	private static String refusal(List<SkippedFile> unreadable) {
		StringBuilder message = new StringBuilder(NLS.bind(Messages.Import_refusedCorrupt, unreadable.size()));
		unreadable.stream().limit(LISTED_FILES).forEach(file -> message.append('\n')
				.append(NLS.bind(Messages.Import_unreadableFile, file.name(), file.reason())));
		if (unreadable.size() > LISTED_FILES) {
			message.append('\n').append(NLS.bind(Messages.Import_andMore, unreadable.size() - LISTED_FILES));
		}
		return message.toString();
	}
}
