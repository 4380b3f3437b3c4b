package dev.modelbench.mqtt;

/** Push settings or an mqtt:// address that cannot be used; the message says what to write instead. */
public class PushSettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	public PushSettingsException(String message) {
		super(message);
	}
}
