package dev.modelbench.train;

import java.io.IOException;

/**
 * A saved trained model cannot be used: it is damaged, from a newer Model Bench, or made for
 * something this installation lacks. The message is for the user and says what to do.
 */
public class TrainedModelException extends IOException {

	private static final long serialVersionUID = 1L;

	public TrainedModelException(String message) {
		super(message);
	}

	public TrainedModelException(String message, Throwable cause) {
		super(message, cause);
	}
}
