package dev.modelbench.train;

/**
 * Training cannot start, or cannot go on, because of the data or the settings the user gave; the
 * message is written for that user and says what to change. No model of the run is kept.
 */
public class TrainingRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public TrainingRefusedException(String message) {
		super(message);
	}
}
