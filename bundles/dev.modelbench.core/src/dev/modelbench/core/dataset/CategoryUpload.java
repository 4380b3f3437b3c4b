package dev.modelbench.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.category.SafeName;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.internal.dataset.SampleDecoder;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * Files the user picked (or dropped) for one category, copied into its folder: each is checked to
 * decode first, gets a safe name that clashes with nothing, and the originals are never changed.
 * Plain paths only, so it runs off the UI thread; {@link dev.modelbench.core.sample.NewSamples}
 * then adds the copies to the model.
 */
public final class CategoryUpload {

	/**
	 * What an upload did.
	 *
	 * @param samplePaths the project paths of the copies, e.g. {@code data/cat/photo.jpg}, in the order given
	 * @param origins     the original file name of each copy
	 * @param skipped     files that were not copied, with the reason
	 */
	public record Result(List<String> samplePaths, List<String> origins, List<SkippedFile> skipped) {

		public Result {
			samplePaths = List.copyOf(samplePaths);
			origins = List.copyOf(origins);
			skipped = List.copyOf(skipped);
		}
	}

	private static final String FALLBACK_STEM = "sample"; //$NON-NLS-1$

	private CategoryUpload() {
	}

	/**
	 * Copies {@code files} into the folder of category {@code folderName}. Cancelling removes the
	 * copies made so far.
	 *
	 * @param takenNames file names the model already uses in that folder
	 * @throws IOException when the folder cannot be written; the copies made so far are removed
	 */
	public static Result copy(Path projectFolder, TaskKind taskKind, String folderName, Collection<String> takenNames,
			List<Path> files, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Upload_task, files.size());
		SampleDecoder decoder = SampleDecoder.forTask(taskKind);
		Path folder = ProjectLayout.categoryFolder(projectFolder, folderName);
		Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		taken.addAll(takenNames);
		List<Path> copies = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		List<String> origins = new ArrayList<>();
		List<SkippedFile> skipped = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			taken.addAll(namesIn(folder));
			for (Path file : files) {
				String original = file.getFileName().toString();
				progress.split(1).subTask(NLS.bind(Messages.Import_checking, original));
				Optional<String> problem = problem(decoder, file, original);
				if (problem.isPresent()) {
					skipped.add(new SkippedFile(original, problem.get()));
					continue;
				}
				String extension = '.' + SampleDecoder.extension(original);
				String stem = original.substring(0, original.length() - extension.length());
				String name = SafeName.unique(SafeName.of(stem, FALLBACK_STEM), extension, taken);
				taken.add(name);
				Path copy = folder.resolve(name);
				Files.copy(file, copy);
				copies.add(copy);
				paths.add(ProjectLayout.samplePath(folderName, name));
				origins.add(original);
			}
		} catch (IOException | RuntimeException e) { // OperationCanceledException too
			for (Path copy : copies.reversed()) {
				try {
					Files.deleteIfExists(copy);
				} catch (IOException suppressed) {
					e.addSuppressed(suppressed);
				}
			}
			throw e;
		}
		return new Result(paths, origins, skipped);
	}

	/**
	 * The samples of a project of {@code taskKind} in {@code folder} and its sub-folders, sorted by
	 * path, skipping hidden files and folders (".DS_Store", "__MACOSX", ".git").
	 */
	public static List<Path> filesIn(Path folder, TaskKind taskKind) throws IOException {
		SampleDecoder decoder = SampleDecoder.forTask(taskKind);
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(file -> !hidden(folder.relativize(file)))
					.filter(file -> decoder.accepts(file.getFileName().toString())).sorted().toList();
		}
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.equals("__MACOSX")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static Optional<String> problem(SampleDecoder decoder, Path file, String name) {
		if (!Files.isRegularFile(file)) {
			return Optional.of(Messages.Upload_notAFile);
		}
		if (!decoder.accepts(name)) {
			return Optional.of(Messages.Upload_wrongKind);
		}
		return decoder.problem(file);
	}

	private static List<String> namesIn(Path folder) throws IOException {
		try (var list = Files.list(folder)) {
			return list.map(path -> path.getFileName().toString()).toList();
		}
	}

}
