package dev.modelbench.mqtt;

/** Eclipse secure storage could not keep or give back a broker password; the message says why. */
public class CredentialsException extends Exception {

	private static final long serialVersionUID = 1L;

	public CredentialsException(String message, Throwable cause) {
		super(message, cause);
	}
}
