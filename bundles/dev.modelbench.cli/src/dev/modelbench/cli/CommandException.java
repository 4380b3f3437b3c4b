package dev.modelbench.cli;

/** A verb could not do its work for a reason the user can act on; the message says which. Exit code 1. */
public final class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandException(String message) {
		super(message);
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}
}
