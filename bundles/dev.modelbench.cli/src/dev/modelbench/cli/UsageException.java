package dev.modelbench.cli;

/** The command line was not understood: an unknown verb or option, or a missing value. Exit code 2. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
