package dev.modelbench.core.project;

import java.util.ArrayList;
import java.util.List;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;

/**
 * The data tips of the seeds, applied to a project: 20 to 50 varied samples per category, classes
 * of about the same size, simple names. The UI words them; this decides when they apply.
 */
public final class DataAdvice {

	/** Fewer samples than this and a category is too small to learn from well. */
	public static final int RECOMMENDED_SAMPLES = 20;

	/** The largest category holding more than this many times the smallest's samples is unbalanced. */
	public static final double UNBALANCED_RATIO = 2.0;

	/** Names longer than this are hard to read on a board's display or in a chart legend. */
	public static final int SIMPLE_NAME_LENGTH = 20;

	/** A tip that applies, with the categories it is about. */
	public record Tip(Kind kind, List<String> categories, int smallest, int largest) {

		public Tip {
			categories = List.copyOf(categories);
		}
	}

	/** What a tip is about. */
	public enum Kind {
		/** Categories with fewer than {@link #RECOMMENDED_SAMPLES} samples. */
		FEW_SAMPLES,
		/** The largest category has more than {@link #UNBALANCED_RATIO} times the smallest's samples. */
		UNBALANCED,
		/** Category names that are long or full of symbols. */
		COMPLEX_NAMES
	}

	private DataAdvice() {
	}

	/** The tips that apply to {@code model}, most important first; empty when the data looks fine. */
	public static List<Tip> of(ModelProject model) {
		List<Tip> tips = new ArrayList<>();
		List<String> few = new ArrayList<>();
		List<String> complex = new ArrayList<>();
		int smallest = Integer.MAX_VALUE;
		int largest = 0;
		String smallestName = null;
		String largestName = null;
		for (Category category : model.getCategories()) {
			int count = category.getSamples().size();
			String name = nameOf(category);
			if (count < RECOMMENDED_SAMPLES) {
				few.add(name);
			}
			if (count < smallest) {
				smallest = count;
				smallestName = name;
			}
			if (count > largest) {
				largest = count;
				largestName = name;
			}
			if (isComplex(name)) {
				complex.add(name);
			}
		}
		if (model.getCategories().size() >= 2 && largest > 0 && largest > UNBALANCED_RATIO * smallest) {
			tips.add(new Tip(Kind.UNBALANCED, List.of(smallestName, largestName), smallest, largest));
		}
		if (!few.isEmpty()) {
			tips.add(new Tip(Kind.FEW_SAMPLES, few, smallest, largest));
		}
		if (!complex.isEmpty()) {
			tips.add(new Tip(Kind.COMPLEX_NAMES, complex, smallest, largest));
		}
		return tips;
	}

	private static String nameOf(Category category) {
		String display = category.getDisplayName();
		return display == null || display.isBlank() ? category.getName() : display;
	}

	/** Long, or with characters other than letters, digits, spaces, '-' and '_'. */
	static boolean isComplex(String name) {
		return name.length() > SIMPLE_NAME_LENGTH || !name.codePoints()
				.allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_');
	}
}
