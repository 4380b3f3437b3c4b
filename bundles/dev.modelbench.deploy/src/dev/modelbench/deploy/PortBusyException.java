package dev.modelbench.deploy;

/** Another program, or another part of Model Bench, holds the serial port. */
public class PortBusyException extends DeployException {

	private static final long serialVersionUID = 1L;

	public PortBusyException(String message) {
		super(message);
	}

	public PortBusyException(String message, Throwable cause) {
		super(message, cause);
	}
}
