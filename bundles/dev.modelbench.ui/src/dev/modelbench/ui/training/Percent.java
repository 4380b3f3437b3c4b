package dev.modelbench.ui.training;

import java.util.Locale;

/** An accuracy as the Training view writes it: a whole percentage, "87 %". */
final class Percent {

	private Percent() {
	}

	static String of(double fraction) {
		return String.format(Locale.ROOT, "%.0f %%", fraction * 100); //$NON-NLS-1$
	}
}
