package dev.modelbench.deploy;

/** Something answers on the port, but not in SSCMA's AT protocol: another program runs on the board. */
public class NotSscmaException extends DeployException {

	private static final long serialVersionUID = 1L;

	public NotSscmaException(String message) {
		super(message);
	}
}
