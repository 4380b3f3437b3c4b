package dev.modelbench.deploy;

/** The board that answered is not the one chosen: its chip reports another signature or chip id. */
public class WrongBoardException extends DeployException {

	private static final long serialVersionUID = 1L;

	private final String expected;
	private final String actual;

	/**
	 * @param expected what the chosen board's chip reports, e.g. {@code 1E 95 0F}
	 * @param actual   what the connected chip reported
	 */
	public WrongBoardException(String message, String expected, String actual) {
		super(message);
		this.expected = expected;
		this.actual = actual;
	}

	public String expected() {
		return expected;
	}

	public String actual() {
		return actual;
	}
}
