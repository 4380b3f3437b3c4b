package dev.modelbench.deploy;

/** The board answered but refused a command (a failure status from its bootloader). */
public class BoardRefusedException extends DeployException {

	private static final long serialVersionUID = 1L;

	public BoardRefusedException(String message) {
		super(message);
	}

	public BoardRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
