package dev.modelbench.deploy.monitor;

/** What the monitor appends to each line it sends, as in the Arduino IDE's serial monitor. */
public enum LineEnding {
	NONE(""), //$NON-NLS-1$
	NEWLINE("\n"), //$NON-NLS-1$
	CARRIAGE_RETURN("\r"), //$NON-NLS-1$
	BOTH("\r\n"); //$NON-NLS-1$

	private final String text;

	LineEnding(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}
}
