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
	public static String Webcam_lostWhileRecording;
	public static String Microphone_label;
	public static String Microphone_looking;
	public static String Microphone_listJob;
	public static String Microphone_title;
	public static String Microphone_tip;
	public static String Microphone_tipBackground;
	public static String Microphone_level;
	public static String Microphone_seconds;
	public static String Microphone_record;
	public static String Microphone_stop;
	public static String Microphone_extract;
	public static String Microphone_extractTip;
	public static String Microphone_extractTipBackground;
	public static String Microphone_gate;
	public static String Microphone_gateTip;
	public static String Microphone_recordJob;
	public static String Microphone_recording;
	public static String Microphone_recorded;
	public static String Microphone_silent;
	public static String Microphone_cancelled;
	public static String Microphone_extractJob;
	public static String Microphone_kept;
	public static String Microphone_nothingKept;
	public static String Microphone_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	public static String Board_flashTitle;
	public static String Board_flashQuestion;
	public static String Board_flashButton;
	public static String Board_flashCancel;
	public static String Board_flashJob;
	public static String Board_flashCancelled;
	public static String Board_flashed;
	public static String Board_flashedMicrophone;
	public static String Board_camera;
	public static String Board_noneConnected;
	public static String Board_microphone;
	public static String Board_cameraPurpose;
	public static String Board_microphonePurpose;

	private Messages() {
	}
}
