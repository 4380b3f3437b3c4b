package dev.modelbench.core.category;

import java.util.List;

/**
 * The colours given to new categories, in order; distinct from each other and readable for most
 * kinds of colour blindness (the Tableau 10 palette).
 */
public final class CategoryColours {

	private static final List<String> PALETTE = List.of(
			"#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private CategoryColours() {
	}

	/** The colour of the {@code index}-th category ("#RRGGBB"), repeating after ten. */
	public static String forIndex(int index) {
		return PALETTE.get(Math.floorMod(index, PALETTE.size()));
	}
}
