package dev.modelbench.core.sample;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/**
 * A sample file cannot be used: it is damaged, of a format Model Bench does not read, or too large.
 * The message names the file and says why, for the user.
 */
public class UnreadableSampleException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String reason;

	/**
	 * @param file   the file
	 * @param reason why it cannot be used, without the file name (e.g. "damaged image (...)")
	 */
	public UnreadableSampleException(Path file, String reason, Throwable cause) {
		super(NLS.bind(Messages.Sample_unreadable, file.getFileName(), reason), cause);
		this.file = file;
		this.reason = reason;
	}

	public UnreadableSampleException(Path file, String reason) {
		this(file, reason, null);
	}

	/** The file that cannot be used. */
	public Path file() {
		return file;
	}

	/** Why, without the file name, e.g. for a list of skipped files. */
	public String reason() {
		return reason;
	}
}
