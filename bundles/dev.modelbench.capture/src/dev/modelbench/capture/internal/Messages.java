package dev.modelbench.capture.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.capture.internal.messages"; //$NON-NLS-1$

	public static String Microphone_none;
	public static String Microphone_gone;
	public static String Microphone_busy;
	public static String Microphone_noUsableFormat;
	public static String Microphone_stopped;
	public static String Recorder_task;
	public static String Recorder_ended;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
