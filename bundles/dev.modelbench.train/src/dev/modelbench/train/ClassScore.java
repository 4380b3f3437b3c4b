package dev.modelbench.train;

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
}
