package dev.modelbench.train;

/**
 * Hears about every finished epoch, on the training thread; keep it quick. A listener may cancel
 * the run through the progress monitor given to the trainer.
 */
@FunctionalInterface
public interface EpochListener {

	/** Does nothing; for callers that only want the outcome. */
	EpochListener NONE = result -> {
		// nothing to do
	};

	/** Called once an epoch's updates and its metrics are complete. */
	void epochFinished(EpochResult result);
}
