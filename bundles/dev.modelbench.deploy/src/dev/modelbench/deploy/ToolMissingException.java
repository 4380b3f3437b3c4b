package dev.modelbench.deploy;

/** A program the step needs (a compiler, an uploader) is not installed; the message names what to install. */
public class ToolMissingException extends DeployException {

	private static final long serialVersionUID = 1L;

	public ToolMissingException(String message) {
		super(message);
	}

	public ToolMissingException(String message, Throwable cause) {
		super(message, cause);
	}
}
