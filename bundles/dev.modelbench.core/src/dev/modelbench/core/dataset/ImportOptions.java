package dev.modelbench.core.dataset;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * How to import a dataset.
 *
 * @param onCorrupt what to do with files that cannot be decoded
 * @param seed the seed of the train/validation split; empty to use the project's training seed
 * @param trainFraction the share of each class that goes to training when the dataset has no split
 */
public record ImportOptions(CorruptFilePolicy onCorrupt, OptionalLong seed, double trainFraction) {

	/** Share of samples used for training when the dataset does not say; the usual 70/30 split. */
	public static final double DEFAULT_TRAIN_FRACTION = 0.7;

	public ImportOptions {
		Objects.requireNonNull(onCorrupt, "onCorrupt"); //$NON-NLS-1$
		Objects.requireNonNull(seed, "seed"); //$NON-NLS-1$
		if (!(trainFraction > 0 && trainFraction < 1)) {
			throw new IllegalArgumentException("trainFraction must be between 0 and 1: " + trainFraction); //$NON-NLS-1$
		}
	}

	/** Skip corrupt files, the project's seed, 70% training. */
	public static ImportOptions defaults() {
		return new ImportOptions(CorruptFilePolicy.SKIP, OptionalLong.empty(), DEFAULT_TRAIN_FRACTION);
	}

	public ImportOptions withOnCorrupt(CorruptFilePolicy policy) {
		return new ImportOptions(policy, seed, trainFraction);
	}

	public ImportOptions withSeed(long newSeed) {
		return new ImportOptions(onCorrupt, OptionalLong.of(newSeed), trainFraction);
	}

	public ImportOptions withTrainFraction(double fraction) {
		return new ImportOptions(onCorrupt, seed, fraction);
	}
}
