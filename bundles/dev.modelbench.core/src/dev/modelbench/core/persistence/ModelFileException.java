package dev.modelbench.core.persistence;

/**
 * A model file could not be read or written; the message is written for the user and names the
 * file.
 */
public class ModelFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public ModelFileException(String message) {
		super(message);
	}

	public ModelFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
