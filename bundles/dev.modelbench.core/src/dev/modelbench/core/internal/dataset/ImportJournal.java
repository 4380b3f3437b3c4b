package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.modelbench.core.internal.ScratchOwner;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * What an import is about to change in data/, written into its staging folder before the first file
 * is moved, so that the next run can undo the moves of an import killed half-way ({@link #recover}):
 * the files the model file does not list are removed again, and so are the folders the import made.
 */
public final class ImportJournal {

	/** Staging folders are hidden folders in the project named with this prefix and their owner's tag. */
	static final String STAGING_PREFIX = ".modelbench-import-"; //$NON-NLS-1$

	private static final String FILE_NAME = "journal"; //$NON-NLS-1$
	private static final String FOLDER_LINE = "folder "; //$NON-NLS-1$
	private static final String FILE_LINE = "file "; //$NON-NLS-1$

	private ImportJournal() {
	}

	/**
	 * Records, durably, the folders (parents first) and files an import will create in the project;
	 * all as project-relative paths with forward slashes, like the model's sample paths.
	 */
	static void write(Path staging, List<String> folders, List<String> files) throws IOException {
		StringBuilder text = new StringBuilder();
		folders.forEach(folder -> text.append(FOLDER_LINE).append(folder).append('\n'));
		files.forEach(file -> text.append(FILE_LINE).append(file).append('\n'));
		new AtomicFileWriter().write(staging.resolve(FILE_NAME),
				out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Finishes what killed imports left in {@code projectFolder}: an import whose model file was
	 * saved keeps its files, any other has its files and folders removed; then the staging folder
	 * goes. Imports still running in this or another process are left alone. Best effort: nothing
	 * here may keep the project from opening.
	 */
	public static void recover(Path projectFolder, ModelProject model) {
		try (Stream<Path> children = Files.list(projectFolder)) {
			for (Path staging : children.filter(ImportJournal::isLeftoverStaging).toList()) {
				undoMoves(projectFolder, staging, model);
				RecursiveDelete.quietly(staging);
			}
		} catch (IOException | RuntimeException e) {
			// see method comment
		}
	}

	private static boolean isLeftoverStaging(Path child) {
		return child.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(child)
				&& ScratchOwner.isLeftover(child);
	}

	private static void undoMoves(Path projectFolder, Path staging, ModelProject model) throws IOException {
		Path journal = staging.resolve(FILE_NAME);
		if (!Files.isRegularFile(journal)) {
			return; // killed while copying: nothing was moved yet
		}
		Set<String> listed = new HashSet<>();
		Set<String> categoryFolders = new HashSet<>();
		for (Category category : model.getCategories()) {
			category.getSamples().stream().map(Sample::getPath).forEach(listed::add);
			categoryFolders.add(ProjectLayout.DATA_FOLDER_NAME + '/' + category.getName());
		}
		List<String> folders = new ArrayList<>();
		for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
			if (line.startsWith(FILE_LINE) && !listed.contains(line.substring(FILE_LINE.length()))) {
				deleteInside(projectFolder, line.substring(FILE_LINE.length()));
			} else if (line.startsWith(FOLDER_LINE)) {
				folders.add(line.substring(FOLDER_LINE.length()));
			}
		}
		for (String folder : folders.reversed()) {
			if (!categoryFolders.contains(folder)) {
				deleteInside(projectFolder, folder);
			}
		}
	}

	private static void deleteInside(Path projectFolder, String relativePath) {
		Path path = projectFolder.resolve(relativePath).normalize();
		if (!path.startsWith(ProjectLayout.dataFolder(projectFolder))) {
			return; // a damaged journal must not reach out of data/
		}
		try {
			// A folder that holds anything else than what the import moved in stays (not empty).
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// kept; see recover
		}
	}
}
