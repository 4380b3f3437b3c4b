package dev.modelbench.core.dataset;

/**
 * A dataset could not be imported because of something in the dataset or on disk; the message is
 * written for the user and says what to fix. Nothing was changed in the project.
 */
public class DatasetImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public DatasetImportException(String message) {
		super(message);
	}

	public DatasetImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
