package dev.modelbench.core.category;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.project.InitialModel;

/**
 * The background-noise category of a sound project: "nothing the model should name", which every
 * sound project has (folder {@value InitialModel#BACKGROUND_CATEGORY_NAME}). Datasets call it
 * {@code background} or, as Google's Speech Commands does, {@code _background_noise_}.
 */
public final class BackgroundNoise {

	/** Class folder names in datasets that mean the background-noise category. */
	public static final Set<String> FOLDER_ALIASES = Set.of(InitialModel.BACKGROUND_CATEGORY_NAME, "_background_noise_", //$NON-NLS-1$
			"background_noise", "background noise"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The fewest samples the category needs before a sound model trains (seed 001's data tip). */
	public static final int MIN_SAMPLES = 20;

	private BackgroundNoise() {
	}

	/** Whether {@code category} is the background-noise category. */
	public static boolean is(Category category) {
		return InitialModel.BACKGROUND_CATEGORY_NAME.equals(category.getName());
	}

	/** Whether a dataset's class folder of this name holds background noise. */
	public static boolean isAlias(String folderName) {
		return FOLDER_ALIASES.contains(folderName.strip().toLowerCase(Locale.ROOT));
	}

	/** The project's background-noise category, if it has one. */
	public static Optional<Category> of(ModelProject model) {
		return of(model.getCategories());
	}

	static Optional<Category> of(List<Category> categories) {
		return categories.stream().filter(BackgroundNoise::is).findFirst();
	}
}
