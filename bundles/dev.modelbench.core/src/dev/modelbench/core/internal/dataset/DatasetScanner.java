package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.model.Split;

/**
 * Reads the layout of a dataset folder without opening any file: either one sub-folder per class,
 * or train/ and val/ folders that each hold the class folders (train/ alone also holds them, with
 * the split then left to the importer). A folder whose only content is one
 * folder (what you get when zipping the dataset folder itself) is looked into.
 */
public final class DatasetScanner {

	private static final Set<String> TRAIN_FOLDERS = Set.of("train", "training"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> VALIDATION_FOLDERS = Set.of("val", "validation", "valid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final SampleDecoder decoder;

	public DatasetScanner(SampleDecoder decoder) {
		this.decoder = decoder;
	}

	public ScannedDataset scan(Path datasetFolder) throws IOException {
		Path root = unwrap(datasetFolder);
		List<Path> children = visibleChildren(root);
		Path train = findFolder(children, TRAIN_FOLDERS);
		Path validation = findFolder(children, VALIDATION_FOLDERS);
		boolean splitGiven = train != null && validation != null;

		Map<String, List<ScannedFile>> classes = new TreeMap<>();
		List<String> ignored = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		if (train != null) {
			// train/ alone (say, next to test/) still holds the classes; the split is then computed.
			for (Path child : children) {
				if (!child.equals(train) && !(splitGiven && child.equals(validation))) {
					ignored.add(relativeName(root, child) + (Files.isDirectory(child) ? "/" : "")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			collectClasses(root, train, splitGiven ? Split.TRAIN : null, classes, ignored, notes);
			if (splitGiven) {
				collectClasses(root, validation, Split.VALIDATION, classes, ignored, notes);
			}
		} else {
			collectClasses(root, root, null, classes, ignored, notes);
		}

		List<ScannedClass> scanned = new ArrayList<>();
		List<String> empty = new ArrayList<>();
		classes.forEach((name, files) -> {
			if (files.isEmpty()) {
				empty.add(name);
			} else {
				files.sort(Comparator.comparing(ScannedFile::relativeName));
				scanned.add(new ScannedClass(name, files));
			}
		});
		return new ScannedDataset(scanned, ignored, empty, splitGiven, notes);
	}

	private static Path unwrap(Path folder) throws IOException {
		Path current = folder;
		List<Path> children = visibleChildren(current);
		// A lone folder that holds only files is a dataset of one class, not a wrapper.
		while (children.size() == 1 && Files.isDirectory(children.get(0)) && hasSubfolder(children.get(0))) {
			current = children.get(0);
			children = visibleChildren(current);
		}
		return current;
	}

	private static boolean hasSubfolder(Path folder) throws IOException {
		return visibleChildren(folder).stream().anyMatch(Files::isDirectory);
	}

	private static Path findFolder(List<Path> children, Set<String> names) {
		return children.stream()
				.filter(child -> Files.isDirectory(child)
						&& names.contains(child.getFileName().toString().toLowerCase(Locale.ROOT)))
				.findFirst().orElse(null);
	}

	private void collectClasses(Path root, Path parent, Split split, Map<String, List<ScannedFile>> classes,
			List<String> ignored, List<String> notes) throws IOException {
		notes.addAll(hiddenFolders(root, parent));
		for (Path child : visibleChildren(parent)) {
			if (!Files.isDirectory(child)) {
				ignored.add(relativeName(root, child));
				continue;
			}
			if (Files.isSymbolicLink(child)) {
				// Followed on purpose: a dataset assembled from links is common, and the files are copied.
				notes.add(NLS.bind(Messages.Import_linkFollowed, relativeName(root, child) + '/', child.toRealPath()));
			}
			List<ScannedFile> files = classes.computeIfAbsent(
					NewCategory.displayNameOf(child.getFileName().toString()), name -> new ArrayList<>());
			try (Stream<Path> walk = Files.walk(child, FileVisitOption.FOLLOW_LINKS)) {
				for (Path file : walk.sorted().toList()) {
					if (isJunkInside(child, file) || !Files.isRegularFile(file)) {
						continue;
					}
					if (decoder.accepts(file.getFileName().toString())) {
						files.add(new ScannedFile(file, relativeName(root, file), split));
					} else {
						ignored.add(relativeName(root, file));
					}
				}
			}
		}
	}

	/** Folders a user made but named with a leading dot, which the file browser hides; they are left out. */
	private static List<String> hiddenFolders(Path root, Path parent) throws IOException {
		try (Stream<Path> list = Files.list(parent)) {
			return list.filter(child -> child.getFileName().toString().startsWith(".") && Files.isDirectory(child)) //$NON-NLS-1$
					.map(child -> NLS.bind(Messages.Import_hiddenFolderLeftOut, relativeName(root, child) + '/'))
					.sorted().toList();
		}
	}

	private static boolean isJunkInside(Path classFolder, Path file) {
		for (Path segment : classFolder.relativize(file)) {
			if (JunkNames.isJunk(segment.toString())) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> visibleChildren(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(child -> !JunkNames.isJunk(child.getFileName().toString())).sorted().toList();
		}
	}

	private static String relativeName(Path base, Path file) {
		List<String> segments = new ArrayList<>();
		base.relativize(file).forEach(segment -> segments.add(segment.toString()));
		// Composed form, so a zip made on macOS (decomposed names) sorts and splits like the folder.
		return Normalizer.normalize(String.join("/", segments), Normalizer.Form.NFC); //$NON-NLS-1$
	}
}
