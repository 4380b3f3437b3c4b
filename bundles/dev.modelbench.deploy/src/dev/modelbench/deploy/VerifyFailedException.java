package dev.modelbench.deploy;

/** What was read back from the board differs from what was written. */
public class VerifyFailedException extends DeployException {

	private static final long serialVersionUID = 1L;

	private final long address;

	/** @param address the first flash address whose content differs */
	public VerifyFailedException(String message, long address) {
		super(message);
		this.address = address;
	}

	public long address() {
		return address;
	}
}
