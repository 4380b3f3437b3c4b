package dev.modelbench.deploy;

/** The board did not answer: not in its bootloader, wrong port or wrong board type. */
public class BoardNotAnsweringException extends DeployException {

	private static final long serialVersionUID = 1L;

	public BoardNotAnsweringException(String message) {
		super(message);
	}

	public BoardNotAnsweringException(String message, Throwable cause) {
		super(message, cause);
	}
}
