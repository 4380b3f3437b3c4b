package dev.modelbench.ui.editors;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Model editor, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.editors.messages"; //$NON-NLS-1$

	public static String ModelEditor_notAFile;
	public static String ModelEditor_heading;
	public static String ModelEditor_summary;
	public static String ModelEditor_addCategory;
	public static String ModelEditor_addCategoryTip;
	public static String ModelEditor_importDataset;
	public static String ModelEditor_importDatasetTip;
	public static String ModelEditor_train;
	public static String ModelEditor_trainTip;
	public static String ModelEditor_validate;
	public static String ModelEditor_validateTip;
	public static String ModelEditor_export;
	public static String ModelEditor_exportTip;
	public static String ModelEditor_notTrained;
	public static String ModelEditor_empty;
	public static String ModelEditor_newCategoryName;
	public static String ModelEditor_uploadJob;
	public static String ModelEditor_uploadFailed;
	public static String ModelEditor_importJob;
	public static String ModelEditor_skipped;
	public static String ModelEditor_refreshJob;
	public static String ModelEditor_uploadTitle;
	public static String ModelEditor_folderTitle;
	public static String ModelEditor_importTitle;
	public static String ModelEditor_importFolder;
	public static String ModelEditor_unbalanced;
	public static String ModelEditor_changedOnDisk;
	public static String ModelEditor_samplesDeleted;
	public static String ModelEditor_saveAsSameFolder;
	public static String Tip_unbalanced;
	public static String Tip_fewSamples;
	public static String Tip_complexNames;
	public static String Task_image;
	public static String Task_sound;
	public static String Thumbnails_job;
	public static String Card_noSamples;
	public static String Card_namePrompt;
	public static String Card_nameTip;
	public static String Card_nameAccessible;
	public static String Card_webcam;
	public static String Card_webcamTip;
	public static String Card_microphone;
	public static String Card_microphoneTip;
	public static String Card_upload;
	public static String Card_uploadTip;
	public static String Card_folder;
	public static String Card_folderTip;
	public static String Card_delete;
	public static String Card_deleteTip;
	public static String Card_count;
	public static String Card_countUnassigned;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
