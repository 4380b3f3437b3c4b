package dev.modelbench.ui.validation;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Validation view, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.validation.messages"; //$NON-NLS-1$

	public static String Validation_tip;
	public static String Validation_board;
	public static String Validation_boardTip;
	public static String Validation_boardPort;
	public static String Validation_watch;
	public static String Validation_stopWatching;
	public static String Validation_watchJob;
	public static String Validation_watchPurpose;
	public static String Validation_waiting;
	public static String Validation_noPort;
	public static String Validation_boardSays;
	public static String Validation_pcSays;
	public static String Validation_noFrame;
	public static String Validation_agreement;
	public static String Validation_webcam;
	public static String Validation_file;
	public static String Validation_open;
	public static String Validation_drop;
	public static String Validation_export;
	public static String Validation_exportTip;
	public static String Validation_exportSound;
	public static String Validation_exportSoundTip;
	public static String Validation_noProject;
	public static String Validation_title;
	public static String Validation_notTrained;
	public static String Validation_loading;
	public static String Validation_loadJob;
	public static String Validation_ready;
	public static String Validation_fileJob;
	public static String Validation_opening;
	public static String Validation_result;
	public static String Validation_tipSound;
	public static String Validation_microphone;
	public static String Validation_openSound;
	public static String Validation_dropSound;
	public static String Validation_listen;
	public static String Validation_stopListening;
	public static String Validation_smooth;
	public static String Validation_smoothTip;
	public static String Validation_listening;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
