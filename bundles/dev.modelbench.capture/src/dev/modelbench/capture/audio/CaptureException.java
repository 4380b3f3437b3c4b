package dev.modelbench.capture.audio;

/** A microphone or another capture device cannot be used; the message says why and what to do. */
public class CaptureException extends Exception {

	private static final long serialVersionUID = 1L;

	public CaptureException(String message) {
		super(message);
	}

	public CaptureException(String message, Throwable cause) {
		super(message, cause);
	}
}
