package dev.modelbench.deploy;

/** The line to the board broke during an operation, typically a cable pulled mid-write. */
public class ConnectionLostException extends DeployException {

	private static final long serialVersionUID = 1L;

	public ConnectionLostException(String message) {
		super(message);
	}

	public ConnectionLostException(String message, Throwable cause) {
		super(message, cause);
	}
}
