package dev.modelbench.ui.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.NewSamples;

/**
 * The Model editor's changes to categories, each one command on the document's stack so that Undo
 * brings it back: add, rename, delete, and samples added to a category.
 */
final class CategoryEdits {

	private final ModelEditor editor;

	CategoryEdits(ModelEditor editor) {
		this.editor = editor;
	}

	/** Adds a category named "Class n", the next free n. */
	Category add() {
		List<Category> existing = editor.model().getCategories();
		int n = existing.size() + 1;
		while (NewCategory.findMatching(NLS.bind(Messages.ModelEditor_newCategoryName, n), existing) != null) {
			n++;
		}
		return add(NLS.bind(Messages.ModelEditor_newCategoryName, n));
	}

	/** Adds a category with this display name; its folder is a safe, unused name. */
	Category add(String displayName) {
		Category category = NewCategory.create(displayName, editor.model().getCategories(), foldersOnDisk());
		editor.execute(AddCommand.create(editor.document().getEditingDomain(), editor.model(),
				ModelPackage.Literals.MODEL_PROJECT__CATEGORIES, category));
		return category;
	}

	/** Gives the category a new display name (its folder stays). */
	void rename(Category category, String newName) {
		editor.execute(SetCommand.create(editor.document().getEditingDomain(), category,
				ModelPackage.Literals.CATEGORY__DISPLAY_NAME, NewCategory.displayNameOf(newName)));
	}

	/** Removes the category from the model; its files stay on disk so Undo brings it back whole. */
	void delete(Category category) {
		editor.execute(RemoveCommand.create(editor.document().getEditingDomain(), editor.model(),
				ModelPackage.Literals.MODEL_PROJECT__CATEGORIES, category));
	}

	/**
	 * Adds files already in the category's folder ({@code paths} relative to the project) as samples
	 * of {@code source}, with where they came from when known ({@code origins}, else null).
	 *
	 * @return false when the category was deleted meanwhile: the files stay on disk, unused
	 */
	boolean addSamples(Category category, List<String> paths, List<String> origins, SampleSource source) {
		if (!editor.model().getCategories().contains(category)) {
			return false;
		}
		editor.execute(NewSamples.add(editor.document().getEditingDomain(), category, paths, origins, source));
		return true;
	}

	/** The file names the category's samples already have in its folder, which new ones must not take. */
	static List<String> takenNames(Category category) {
		String prefix = ProjectLayout.samplePath(category.getName(), ""); //$NON-NLS-1$
		List<String> names = new ArrayList<>();
		for (Sample sample : category.getSamples()) {
			if (sample.getPath() != null && sample.getPath().startsWith(prefix)) {
				names.add(sample.getPath().substring(prefix.length()));
			}
		}
		return names;
	}

	/** The category's name as the user wrote it, else its folder's. */
	static String displayName(Category category) {
		return category.getDisplayName() == null || category.getDisplayName().isBlank() ? category.getName()
				: category.getDisplayName();
	}

	private List<String> foldersOnDisk() {
		Path data = ProjectLayout.dataFolder(editor.projectFolder());
		if (!Files.isDirectory(data)) {
			return List.of();
		}
		try (var list = Files.list(data)) {
			return list.map(path -> path.getFileName().toString()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
