package dev.modelbench.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the preference page, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.preferences.messages"; //$NON-NLS-1$

	public static String Preferences_description;
	public static String Preferences_training;
	public static String Preferences_batchSize;
	public static String Preferences_epochs;
	public static String Preferences_optimizer;
	public static String Preferences_optimizerAuto;
	public static String Preferences_camera;
	public static String Preferences_cameraName;
	public static String Preferences_microphone;
	public static String Preferences_microphoneName;
	public static String Preferences_fps;
	public static String Preferences_ipCameras;
	public static String Preferences_caches;
	public static String Preferences_cacheFolder;
	public static String Preferences_cacheHint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
