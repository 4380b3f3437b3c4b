package dev.modelbench.ui.export;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the model export, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.export.messages"; //$NON-NLS-1$

	public static String Export_job;
	public static String Export_failed;
	public static String Export_folder;
	public static String Export_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
