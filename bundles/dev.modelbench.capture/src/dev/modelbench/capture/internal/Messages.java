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
	public static String Cameras_none;
	public static String Cameras_noneWithoutUsb;
	public static String Cameras_usbUnsupported;
	public static String Cameras_problem;
	public static String Cameras_usbKind;
	public static String Cameras_nativeMissing;
	public static String Cameras_listFailed;
	public static String Cameras_ipName;
	public static String Cameras_badAddress;
	public static String Camera_openFailed;
	public static String Camera_notStarted;
	public static String Camera_readFailed;
	public static String Camera_silent;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
