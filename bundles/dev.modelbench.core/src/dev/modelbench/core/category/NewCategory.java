package dev.modelbench.core.category;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;

/**
 * Builds a Category for what the user called a class: a folder name that is safe and unique in the
 * project, the user's own text as display name, and the next palette colour.
 */
public final class NewCategory {

	/** Folder name used when a display name has no usable characters at all. */
	public static final String FALLBACK_FOLDER_NAME = "class"; //$NON-NLS-1$

	private NewCategory() {
	}

	/**
	 * A new, not yet added category.
	 *
	 * @param existing the project's categories (their folder names are taken)
	 * @param alsoTaken further folder names to avoid, e.g. folders already on disk
	 */
	public static Category create(String displayName, List<Category> existing, Collection<String> alsoTaken) {
		List<String> taken = new ArrayList<>(alsoTaken);
		existing.forEach(category -> taken.add(category.getName()));
		String cleanDisplayName = displayNameOf(displayName);
		Category category = ModelFactory.eINSTANCE.createCategory();
		category.setDisplayName(cleanDisplayName);
		category.setName(SafeName.unique(SafeName.of(cleanDisplayName, FALLBACK_FOLDER_NAME), "", taken)); //$NON-NLS-1$
		category.setColour(CategoryColours.forIndex(existing.size()));
		return category;
	}

	/**
	 * The display name as stored: trimmed and in composed Unicode form, because macOS writes file
	 * names decomposed and the same word must not become two classes.
	 */
	public static String displayNameOf(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

	/**
	 * The category in {@code categories} that {@code displayName} refers to: same display name, or
	 * same folder name, ignoring case, or the background-noise category for a folder such as
	 * {@code _background_noise_}; null if none.
	 */
	public static Category findMatching(String displayName, List<Category> categories) {
		String wanted = displayNameOf(displayName);
		for (Category category : categories) {
			if (wanted.equalsIgnoreCase(category.getDisplayName()) || wanted.equalsIgnoreCase(category.getName())) {
				return category;
			}
		}
		if (BackgroundNoise.isAlias(wanted)) {
			return BackgroundNoise.of(categories).orElse(null);
		}
		return null;
	}
}
