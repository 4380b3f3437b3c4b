package dev.modelbench.deploy;

/** The model does not fit the chosen board's flash or RAM; the message gives the numbers. */
public class ModelTooBigException extends DeployException {

	private static final long serialVersionUID = 1L;

	public ModelTooBigException(String message) {
		super(message);
	}
}
