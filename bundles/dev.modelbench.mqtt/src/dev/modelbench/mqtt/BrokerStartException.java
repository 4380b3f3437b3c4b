package dev.modelbench.mqtt;

/** The embedded broker could not start; the message says why and what to do. */
public class BrokerStartException extends Exception {

	private static final long serialVersionUID = 1L;

	public BrokerStartException(String message, Throwable cause) {
		super(message, cause);
	}
}
