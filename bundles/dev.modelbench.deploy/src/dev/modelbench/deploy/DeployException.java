package dev.modelbench.deploy;

/**
 * Something the user can fix stopped a deploy step: a missing port, a wrong board, a cable pulled.
 * The message says what happened and what to do, in words for the person at the board.
 */
public class DeployException extends Exception {

	private static final long serialVersionUID = 1L;

	public DeployException(String message) {
		super(message);
	}

	public DeployException(String message, Throwable cause) {
		super(message, cause);
	}
}
