package dev.modelbench.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the new-project wizard, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.wizards.messages"; //$NON-NLS-1$

	public static String NewProjectWizard_title;
	public static String NewProjectWizard_importTitle;
	public static String NamePage_title;
	public static String NamePage_description;
	public static String TaskPage_title;
	public static String TaskPage_description;
	public static String TaskPage_task;
	public static String TaskPage_image;
	public static String TaskPage_imageHint;
	public static String TaskPage_sound;
	public static String TaskPage_soundHint;
	public static String TaskPage_dataset;
	public static String TaskPage_datasetNone;
	public static String TaskPage_folder;
	public static String TaskPage_zip;
	public static String TaskPage_quickStart;
	public static String TaskPage_folderDialog;
	public static String TaskPage_datasetMissing;
	public static String TaskPage_notFolderOrZip;
	public static String TaskPage_imageTips;
	public static String TaskPage_soundTips;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
