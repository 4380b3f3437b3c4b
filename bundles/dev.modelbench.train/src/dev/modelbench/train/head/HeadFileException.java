package dev.modelbench.train.head;

import dev.modelbench.train.TrainedModelException;

/** A saved classifier head cannot be used: not one, damaged, or from a newer Model Bench. The message is for the user. */
public class HeadFileException extends TrainedModelException {

	private static final long serialVersionUID = 1L;

	public HeadFileException(String message) {
		super(message);
	}

	public HeadFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
