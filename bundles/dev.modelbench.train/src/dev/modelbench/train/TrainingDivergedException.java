package dev.modelbench.train;

/**
 * Training stopped because it diverged: the loss stopped being a finite number, so the weights
 * mean nothing any more. Nothing of the run is kept; the message tells the user to lower the
 * learning rate.
 */
public final class TrainingDivergedException extends TrainingRefusedException {

	private static final long serialVersionUID = 1L;

	private final int epoch;

	public TrainingDivergedException(String message, int epoch) {
		super(message);
		this.epoch = epoch;
	}

	/** The 1-based epoch whose loss was not finite. */
	public int epoch() {
		return epoch;
	}
}
