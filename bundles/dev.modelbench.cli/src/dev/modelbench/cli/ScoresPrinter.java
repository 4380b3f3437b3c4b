package dev.modelbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.train.ClassScore;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.metrics.ConfusionMatrix;

/** Prints the scores training and evaluation share: per-class precision and recall, confusion, mistakes. */
final class ScoresPrinter {

	/** Mistakes listed by name; the rest are counted (all are in the JSON report). */
	static final int LISTED_MISTAKES = 10;

	private static final int COLUMN = 12;

	private ScoresPrinter() {
	}

	static void print(List<String> classNames, ConfusionMatrix confusion, List<ClassScore> scores,
			List<Misclassification> mistakes, PrintStream out) {
		out.println(Messages.Scores_perClass);
		String row = "  %-" + COLUMN + "s %9s %9s %9s%n"; //$NON-NLS-1$ //$NON-NLS-2$
		out.printf(row, Messages.Scores_class, Messages.Scores_samples, Messages.Scores_precision, Messages.Scores_recall);
		for (ClassScore score : scores) {
			out.printf(row, cell(score.className()), score.support(), ratio(score.precision()), ratio(score.recall()));
		}
		out.println(Messages.Scores_confusion);
		StringBuilder header = new StringBuilder(String.format("  %-" + COLUMN + "s", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		classNames.forEach(name -> header.append(String.format(" %" + COLUMN + "s", cell(name)))); //$NON-NLS-1$ //$NON-NLS-2$
		out.println(header);
		for (int truth = 0; truth < classNames.size(); truth++) {
			StringBuilder line = new StringBuilder(String.format("  %-" + COLUMN + "s", cell(classNames.get(truth)))); //$NON-NLS-1$ //$NON-NLS-2$
			for (int predicted = 0; predicted < classNames.size(); predicted++) {
				line.append(String.format(" %" + COLUMN + "d", confusion.count(truth, predicted))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println(line);
		}
		if (!mistakes.isEmpty()) {
			out.println(NLS.bind(Messages.Scores_mistakes, mistakes.size()));
			for (Misclassification mistake : mistakes.subList(0, Math.min(LISTED_MISTAKES, mistakes.size()))) {
				out.println(NLS.bind(Messages.Scores_mistake, new Object[] { mistake.sampleId(),
						classNames.get(mistake.trueClass()), classNames.get(mistake.predicted()),
						ratio(mistake.confidence()) }));
			}
			if (mistakes.size() > LISTED_MISTAKES) {
				out.println(NLS.bind(Messages.Scores_moreMistakes, mistakes.size() - LISTED_MISTAKES));
			}
		}
	}

	/** A fraction with four decimals, or "-" when it is undefined. */
	static String ratio(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String cell(String name) {
		return name.length() <= COLUMN ? name : name.substring(0, COLUMN - 1) + '\u2026';
	}
}
