package dev.modelbench.train;

import java.util.ArrayList;
import java.util.List;

import dev.modelbench.train.metrics.ConfusionMatrix;

/**
 * How well the kept model does on one class.
 *
 * @param className the class
 * @param support   evaluated samples of this class
 * @param precision of the samples predicted as this class, the fraction that are; NaN when none was
 *                  predicted as this class (undefined, not 0)
 * @param recall    of the samples of this class, the fraction predicted as it; NaN when the class
 *                  has no evaluated samples
 */
public record ClassScore(String className, int support, double precision, double recall) {

	/** The scores of every class of {@code confusion}, in class order. */
	public static List<ClassScore> all(List<String> classNames, ConfusionMatrix confusion) {
		List<ClassScore> scores = new ArrayList<>();
		for (int c = 0; c < classNames.size(); c++) {
			scores.add(new ClassScore(classNames.get(c), confusion.support(c), confusion.precision(c),
					confusion.recall(c)));
		}
		return scores;
	}
}
