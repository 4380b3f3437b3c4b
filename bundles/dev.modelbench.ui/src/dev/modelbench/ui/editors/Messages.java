package dev.modelbench.ui.editors;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Model editor, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.editors.messages"; //$NON-NLS-1$

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
