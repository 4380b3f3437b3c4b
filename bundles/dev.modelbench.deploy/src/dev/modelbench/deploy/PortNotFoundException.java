package dev.modelbench.deploy;

/** No serial port has the given name (unplugged, or a typo). */
public class PortNotFoundException extends DeployException {

	private static final long serialVersionUID = 1L;

	public PortNotFoundException(String message) {
		super(message);
	}

	public PortNotFoundException(String message, Throwable cause) {
		super(message, cause);
	}
}
