package dev.modelbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Model Bench UI, from messages.properties (and its translations). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.internal.messages"; //$NON-NLS-1$

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
	public static String TaskPage_folderDialog;
	public static String TaskPage_datasetMissing;
	public static String TaskPage_tips;
	public static String ModelEditor_notAFile;
	public static String ModelEditor_heading;
	public static String ModelEditor_summary;
	public static String ModelEditor_categories;
	public static String ModelEditor_categoriesTip;
	public static String ModelEditor_category;
	public static String ModelEditor_folder;
	public static String ModelEditor_train;
	public static String ModelEditor_validation;
	public static String ModelEditor_total;
	public static String ModelEditor_settings;
	public static String ModelEditor_settingsText;
	public static String ModelEditor_on;
	public static String ModelEditor_off;
	public static String Task_image;
	public static String Task_sound;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
