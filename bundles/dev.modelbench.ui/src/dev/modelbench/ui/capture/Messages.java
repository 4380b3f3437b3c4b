package dev.modelbench.ui.capture;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the camera dialogs, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.capture.messages"; //$NON-NLS-1$

	public static String Camera_label;
	public static String Camera_refresh;
	public static String Camera_addIp;
	public static String Camera_addIpTitle;
	public static String Camera_addIpText;
	public static String Camera_looking;
	public static String Camera_listJob;
	public static String Webcam_title;
	public static String Webcam_fps;
	public static String Webcam_fpsTip;
	public static String Webcam_fpsWarning;
	public static String Webcam_hold;
	public static String Webcam_holdTip;
	public static String Webcam_recording;
	public static String Webcam_recorded;
	public static String Webcam_tip;
	public static String Webcam_opening;
	public static String Webcam_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
