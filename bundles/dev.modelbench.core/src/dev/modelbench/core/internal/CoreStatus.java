package dev.modelbench.core.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Builds the error statuses of this bundle, so they all carry its id. */
public final class CoreStatus {

	/** The symbolic name of this bundle. */
	public static final String BUNDLE_ID = "dev.modelbench.core"; //$NON-NLS-1$

	private CoreStatus() {
	}

	/** A CoreException whose message is written for the user. */
	public static CoreException error(String message, Throwable cause) {
		return new CoreException(new Status(IStatus.ERROR, BUNDLE_ID, message, cause));
	}
}
