package dev.modelbench.core.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.command.AddCommand;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ModelFileWriter.ContentSource;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * Saves samples recorded one by one (a board's frames or clips) into a category of an open model:
 * each file is written whole under a new name and then added to the model file and saved, so a
 * recording stopped at any point leaves only whole files, all of them listed.
 */
public final class RecordedSamples {

	private final ModelDocument document;
	private final Category category;
	private final String stem;
	private final String extension;
	private final SampleSource source;
	private final Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final List<Path> written = new ArrayList<>();
	private int counter;

	/**
	 * @param stem      the start of each file name, e.g. {@code board}
	 * @param extension with its dot, e.g. {@code .jpg}
	 */
	public RecordedSamples(ModelDocument document, Category category, String stem, String extension,
			SampleSource source) {
		this.document = document;
		this.category = category;
		this.stem = stem;
		this.extension = extension;
		this.source = source;
		category.getSamples().stream().map(Sample::getPath).map(path -> path.substring(path.lastIndexOf('/') + 1))
				.forEach(taken::add);
	}

	/**
	 * The category called {@code displayName} (by its display or folder name), added to the model
	 * and saved if it has none yet.
	 */
	public static Category category(ModelDocument document, String displayName) throws ModelFileException {
		List<Category> categories = document.getModel().getCategories();
		Category existing = NewCategory.findMatching(displayName, categories);
		if (existing != null) {
			return existing;
		}
		List<String> onDisk = new ArrayList<>();
		Path data = ProjectLayout.dataFolder(document.getProjectFolder());
		if (Files.isDirectory(data)) {
			try (var folders = Files.list(data)) {
				folders.map(folder -> folder.getFileName().toString()).forEach(onDisk::add);
			} catch (IOException e) {
				// the names on disk only keep a new folder apart from them; the model's are checked too
			}
		}
		Category category = NewCategory.create(displayName, categories, onDisk);
		document.executeAndSave(AddCommand.create(document.getEditingDomain(), document.getModel(),
				ModelPackage.Literals.MODEL_PROJECT__CATEGORIES, category));
		return category;
	}

	/**
	 * Writes one sample and lists it in the model file.
	 *
	 * @return the file written
	 * @throws IOException when the file cannot be written (nothing is left of it), or the model file
	 *                     cannot be saved (the sample file stays, unlisted)
	 */
	public Path save(ContentSource content) throws IOException {
		Path folder = ProjectLayout.categoryFolder(document.getProjectFolder(), category.getName());
		Files.createDirectories(folder);
		String name = nextName(folder);
		Path file = folder.resolve(name);
		new AtomicFileWriter().write(file, content);
		try {
			document.executeAndSave(NewSamples.add(document.getEditingDomain(), category,
					List.of(ProjectLayout.samplePath(category.getName(), name)), null, source));
		} catch (ModelFileException e) {
			throw new IOException(e.getMessage(), e);
		}
		written.add(file);
		return file;
	}

	private String nextName(Path folder) {
		String name;
		do {
			counter++;
			name = String.format(Locale.ROOT, "%s_%04d%s", stem, counter, extension); //$NON-NLS-1$
		} while (taken.contains(name) || Files.exists(folder.resolve(name)));
		taken.add(name);
		return name;
	}

	/** The files saved so far, in order. */
	public List<Path> written() {
		return List.copyOf(written);
	}
}
