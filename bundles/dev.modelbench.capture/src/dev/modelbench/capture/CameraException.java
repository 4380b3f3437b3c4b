package dev.modelbench.capture;

/** A camera cannot be listed, opened or read; the message is for the user and says what to do. */
public class CameraException extends Exception {

	private static final long serialVersionUID = 1L;

	public CameraException(String message) {
		super(message);
	}

	public CameraException(String message, Throwable cause) {
		super(message, cause);
	}
}
