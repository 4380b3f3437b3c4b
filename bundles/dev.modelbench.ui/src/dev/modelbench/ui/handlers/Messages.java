package dev.modelbench.ui.handlers;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the command handlers, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.handlers.messages"; //$NON-NLS-1$

	public static String Handler_noEditor;
	public static String Handler_addCategoryFirst;
	public static String Handler_exporting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
