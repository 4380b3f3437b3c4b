package dev.modelbench.deploy;

/** A firmware or program file cannot be used: damaged, of another format, or too big for the board. */
public class FirmwareFormatException extends DeployException {

	private static final long serialVersionUID = 1L;

	public FirmwareFormatException(String message) {
		super(message);
	}

	public FirmwareFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
