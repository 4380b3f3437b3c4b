package dev.modelbench.deploy.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.deploy.internal.messages"; //$NON-NLS-1$

	public static String Port_notFound;
	public static String Port_busyElsewhere;
	public static String Port_noPermission;
	public static String Port_cannotOpen;
	public static String Port_busyHere;
	public static String Port_closed;
	public static String Port_lost;
	public static String Lease_upload;
	public static String Lease_monitor;
	public static String Hex_unreadable;
	public static String Hex_badLine;
	public static String Hex_badLength;
	public static String Hex_badChecksum;
	public static String Hex_badRecordType;
	public static String Hex_noEnd;
	public static String Stk500_task;
	public static String Stk500_connecting;
	public static String Stk500_writing;
	public static String Stk500_verifying;
	public static String Stk500_empty;
	public static String Stk500_tooBig;
	public static String Stk500_noAnswer;
	public static String Stk500_badAnswer;
	public static String Stk500_silence;
	public static String Stk500_wrongSignature;
	public static String Stk500_verifyMismatch;
	public static String Esp_task;
	public static String Esp_notAnImage;
	public static String Esp_connecting;
	public static String Esp_noAnswer;
	public static String Esp_silent;
	public static String Esp_unknownChip;
	public static String Esp_wrongChip;
	public static String Esp_refused;
	public static String Esp_error05;
	public static String Esp_error06;
	public static String Esp_error07;
	public static String Esp_error08;
	public static String Esp_error09;
	public static String Esp_error0A;
	public static String Esp_error0B;
	public static String Esp_md5Mismatch;
	public static String Esp_lostWhileWriting;
	public static String Esp_nothing;
	public static String Esp_unaligned;
	public static String Esp_tooBig;
	public static String Esp_overlap;
	public static String Esp_erasing;
	public static String Esp_writing;
	public static String Uf2_unreadable;
	public static String Uf2_notUf2;
	public static String Uf2_badBlock;
	public static String Uf2_otherFamily;
	public static String Uf2_noDrive;
	public static String Uf2_severalDrives;
	public static String Uf2_notBootDrive;
	public static String Uf2_task;
	public static String Uf2_driveGone;
	public static String Uf2_writeFailed;
	public static String Sketch_noWifi;
	public static String Sketch_notArduino;
	public static String Sketch_badPin;
	public static String Compiler_missing;
	public static String Compiler_platformMissing;
	public static String Compiler_noCore;
	public static String Compiler_cannotRun;
	public static String Compiler_task;
	public static String Compiler_missingLibrary;
	public static String Compiler_failed;
	public static String Compiler_noImage;
	public static String Model_missing;
	public static String Model_badYaml;
	public static String Unihiker_cannotWrite;
	public static String Mcu_notMicrocontroller;
	public static String Mcu_unknownInput;
	public static String Mcu_noCamera;
	public static String Mcu_noCnn;
	public static String Mcu_tooWide;
	public static String Mcu_fit;
	public static String Mcu_tooBig;
	public static String Mcu_cannotWrite;
	public static String Mcu_task;
	public static String Program_task;
	public static String Program_notOnBoard;
	public static String Program_noGenerator;
	public static String Program_noOnnx;
	public static String Program_notFromScratch;
	public static String Program_cannotExport;
	public static String Ssh_noAnswer;
	public static String Ssh_loginRefused;
	public static String Ssh_uploadTask;
	public static String Ssh_uploadFailed;
	public static String Ssh_startFailed;
	public static String Ssh_fileUnreadable;
	public static String Ssh_keyChanged;
	public static String Ssh_keyNotTrusted;
	public static String Ssh_keysUnreadable;
	public static String Monitor_notOpen;
	public static String Monitor_paused;
	public static String Flash_noSketches;
	public static String Sensor_notSscma;
	public static String Results_class;
	public static String Capture_notForBoard;
	public static String Capture_task;
	public static String Capture_cannotWrite;
	public static String Results_refused;
	public static String Sensor_unreadable;
	public static String Sensor_silent;
	public static String Sensor_noCamera;
	public static String Sensor_noMicrophone;
	public static String Sensor_refused;
	public static String Sensor_stopped;
	public static String Sensor_nothing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
