package dev.modelbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.cli.internal.messages"; //$NON-NLS-1$

	public static String Arguments_flagTakesNoValue;
	public static String Arguments_missingValue;
	public static String Arguments_unknownOption;
	public static String Arguments_missingOption;
	public static String Arguments_notANumber;
	public static String Arguments_oneOperand;
	public static String CommandLine_cancelled;
	public static String CommandLine_internalError;
	public static String CommandLine_unknownVerb;
	public static String CommandLine_overview;
	public static String CommandLine_overviewFooter;
	public static String Verb_import_summary;
	public static String Verb_import_usage;
	public static String Verb_info_summary;
	public static String Verb_info_usage;
	public static String Verb_quickstart_summary;
	public static String Verb_quickstart_usage;
	public static String Workspace_cannotCreate;
	public static String Workspace_alreadySet;
	public static String Workspace_locked;
	public static String Workspace_cannotOpen;
	public static String Workspace_cannotSave;
	public static String Project_notAModelProject;
	public static String Project_missing;
	public static String Import_operand;
	public static String Import_noSuchSource;
	public static String Import_badOnCorrupt;
	public static String Import_taskMismatch;
	public static String Import_done;
	public static String Import_skippedFile;
	public static String Info_project;
	public static String Info_class;
	public static String Info_folder;
	public static String Info_train;
	public static String Info_validation;
	public static String Info_total;
	public static String Info_allClasses;
	public static String Info_split;
	public static String TaskKind_unknown;
	public static String TaskKind_image;
	public static String TaskKind_sound;
	public static String QuickStart_exists;
	public static String QuickStart_intro;
	public static String QuickStart_next;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
