package dev.modelbench.train.metrics;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs: row = true class, column = predicted class.
 * Precision and recall are NaN where they divide 0 by 0, because "undefined" is not "0%": a class
 * that was never predicted has no precision, a class with no samples has no recall.
 */
public final class ConfusionMatrix {

	private final int[][] counts;

	private ConfusionMatrix(int[][] counts) {
		this.counts = counts;
	}

	/** Counts the pairs of true and predicted class indices, both in 0..classes-1. */
	public static ConfusionMatrix of(int classes, int[] truth, int[] predicted) {
		if (truth.length != predicted.length) {
			throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int[][] counts = new int[classes][classes];
		for (int i = 0; i < truth.length; i++) {
			counts[truth[i]][predicted[i]]++;
		}
		return new ConfusionMatrix(counts);
	}

	/** A matrix from its rows (true classes) of counts per predicted class; the rows are copied. */
	public static ConfusionMatrix ofCounts(int[][] rows) {
		int[][] counts = new int[rows.length][];
		for (int t = 0; t < rows.length; t++) {
			if (rows[t].length != rows.length) {
				throw new IllegalArgumentException("A confusion matrix is square"); //$NON-NLS-1$
			}
			counts[t] = rows[t].clone();
		}
		return new ConfusionMatrix(counts);
	}

	public int classes() {
		return counts.length;
	}

	/** Samples of class {@code truth} predicted as {@code predicted}. */
	public int count(int truth, int predicted) {
		return counts[truth][predicted];
	}

	/** Samples whose true class is {@code c} (the row sum). */
	public int support(int c) {
		return Arrays.stream(counts[c]).sum();
	}

	/** Samples predicted as class {@code c} (the column sum). */
	public int predictedAs(int c) {
		int sum = 0;
		for (int[] row : counts) {
			sum += row[c];
		}
		return sum;
	}

	public int total() {
		return Arrays.stream(counts).mapToInt(row -> Arrays.stream(row).sum()).sum();
	}

	/** Samples on the diagonal. */
	public int correct() {
		int sum = 0;
		for (int c = 0; c < counts.length; c++) {
			sum += counts[c][c];
		}
		return sum;
	}

	/** Correct / total; NaN for an empty matrix. */
	public double accuracy() {
		return ratio(correct(), total());
	}

	/** Of the samples predicted as {@code c}, the fraction that are {@code c}; NaN when none was predicted as c. */
	public double precision(int c) {
		return ratio(counts[c][c], predictedAs(c));
	}

	/** Of the samples of class {@code c}, the fraction predicted as {@code c}; NaN when c has no samples. */
	public double recall(int c) {
		return ratio(counts[c][c], support(c));
	}

	/** A copy of the counts, row = true class. */
	public int[][] toArray() {
		int[][] copy = new int[counts.length][];
		for (int t = 0; t < counts.length; t++) {
			copy[t] = counts[t].clone();
		}
		return copy;
	}

	private static double ratio(int numerator, int denominator) {
		return denominator == 0 ? Double.NaN : (double) numerator / denominator;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ConfusionMatrix matrix && Arrays.deepEquals(counts, matrix.counts);
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(counts);
	}

	@Override
	public String toString() {
		return Arrays.deepToString(counts);
	}
}
