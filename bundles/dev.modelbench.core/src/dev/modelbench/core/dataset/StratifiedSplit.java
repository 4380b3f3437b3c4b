package dev.modelbench.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.modelbench.core.model.Split;

/**
 * Splits each class separately into training and validation samples, so every class keeps the
 * same proportions. The split depends only on the seed, the class name and the file names, so the
 * same dataset gives the same split on every machine, whether it came as a folder or a zip.
 */
public final class StratifiedSplit {

	/** Spreads class-name hash codes over the seed's bits (the 64-bit golden ratio). */
	private static final long MIX = 0x9E3779B97F4A7C15L;

	private final long seed;
	private final double trainFraction;

	public StratifiedSplit(long seed, double trainFraction) {
		if (!(trainFraction > 0 && trainFraction < 1)) {
			throw new IllegalArgumentException("trainFraction must be between 0 and 1: " + trainFraction); //$NON-NLS-1$
		}
		this.seed = seed;
		this.trainFraction = trainFraction;
	}

	/**
	 * Assigns TRAIN or VALIDATION to each of one class's files.
	 *
	 * @param className identifies the class, so classes of equal size are shuffled differently
	 * @param fileNames unique names of the class's files; their order does not matter
	 * @return every file name with its split, in name order
	 */
	public Map<String, Split> assign(String className, Collection<String> fileNames) {
		List<String> names = new ArrayList<>(fileNames);
		Collections.sort(names);
		List<String> shuffled = new ArrayList<>(names);
		Collections.shuffle(shuffled, new Random(seed ^ (MIX * className.hashCode())));
		int trainCount = trainCount(names.size(), trainFraction);
		Map<String, Split> splits = new LinkedHashMap<>();
		names.forEach(name -> splits.put(name, Split.VALIDATION));
		shuffled.subList(0, trainCount).forEach(name -> splits.put(name, Split.TRAIN));
		return splits;
	}

	/**
	 * round(fraction × count), but at least one training sample when there is any, and at least one
	 * validation sample when there are two or more, so no class is missing from either side.
	 */
	public static int trainCount(int count, double fraction) {
		int train = (int) Math.round(fraction * count);
		if (count >= 2) {
			train = Math.min(train, count - 1);
		}
		if (count >= 1) {
			train = Math.max(train, 1);
		}
		return train;
	}
}
