package dev.modelbench.ui.deploy;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Deploy and Serial Monitor views, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.deploy.messages"; //$NON-NLS-1$

	public static String Deploy_noProject;
	public static String Deploy_title;
	public static String Deploy_board;
	public static String Deploy_port;
	public static String Deploy_mode;
	public static String Deploy_modeExplained;
	public static String Deploy_class;
	public static String Deploy_action;
	public static String Deploy_pin;
	public static String Deploy_value;
	public static String Deploy_minConfidence;
	public static String Deploy_generate;
	public static String Deploy_upload;
	public static String Deploy_export;
	public static String Deploy_exportTip;
	public static String Deploy_exporting;
	public static String Deploy_notTrained;
	public static String Deploy_generated;
	public static String Deploy_libraries;
	public static String Deploy_noPort;
	public static String Deploy_uploading;
	public static String Deploy_stream;
	public static String Deploy_streaming;
	public static String Deploy_notStreaming;
	public static String Deploy_cannotOpen;
	public static String Deploy_modelMode;
	public static String Deploy_modelModeExplained;
	public static String Deploy_generateModel;
	public static String Deploy_flashModel;
	public static String Deploy_bootDrive;
	public static String Deploy_uploadAndRun;
	public static String Deploy_stopProgram;
	public static String Deploy_generatingModel;
	public static String Program_job;
	public static String Program_cancelled;
	public static String Run_job;
	public static String Run_notLinux;
	public static String Run_console;
	public static String Run_uploading;
	public static String Run_running;
	public static String Run_ended;
	public static String Run_lost;
	public static String Run_stopped;
	public static String Action_nothing;
	public static String Action_pinHigh;
	public static String Action_pinLow;
	public static String Action_servo;
	public static String Action_tone;
	public static String Action_neoPixel;
	public static String Action_servoHint;
	public static String Action_toneHint;
	public static String Action_neoPixelHint;
	public static String Action_badValue;
	public static String Upload_job;
	public static String Upload_notArduino;
	public static String Upload_compiling;
	public static String Upload_flashing;
	public static String Upload_done;
	public static String Upload_cancelled;
	public static String Port_refresh;
	public static String Port_tip;
	public static String Port_listJob;
	public static String Monitor_port;
	public static String Monitor_baud;
	public static String Monitor_lineEnding;
	public static String Monitor_endingNone;
	public static String Monitor_endingNewline;
	public static String Monitor_endingReturn;
	public static String Monitor_endingBoth;
	public static String Monitor_timestamps;
	public static String Monitor_connect;
	public static String Monitor_disconnect;
	public static String Monitor_sendHint;
	public static String Monitor_send;
	public static String Monitor_clear;
	public static String Monitor_save;
	public static String Monitor_noPort;
	public static String Monitor_opening;
	public static String Monitor_open;
	public static String Monitor_paused;
	public static String Monitor_lost;
	public static String Monitor_closed;
	public static String Monitor_notConnected;
	public static String Monitor_saved;
	public static String Monitor_saveFailed;

	public static String BoardKey_newTitle;
	public static String BoardKey_new;
	public static String BoardKey_trust;
	public static String BoardKey_changedTitle;
	public static String BoardKey_forget;
	public static String BoardKey_forgotten;
	public static String BoardKey_forgetFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
