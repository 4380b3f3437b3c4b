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
	public static String Workspace_isAFile;
	public static String Workspace_cannotWrite;
	public static String Workspace_cannotOpen;
	public static String Workspace_cannotSave;
	public static String Project_notAModelProject;
	public static String Project_badName;
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
	public static String QuickStart_try;
	public static String QuickStart_truth;
	public static String QuickStart_next;
	public static String Arguments_isAFolder;
	public static String Arguments_outOfRange;
	public static String Arguments_notADecimal;
	public static String Verb_train_summary;
	public static String Verb_train_usage;
	public static String Verb_evaluate_summary;
	public static String Verb_evaluate_usage;
	public static String Verb_predict_summary;
	public static String Verb_predict_usage;
	public static String Verb_record_summary;
	public static String Verb_record_usage;
	public static String Record_badCount;
	public static String Record_cannotSave;
	public static String Record_dropped;
	public static String Verb_export_summary;
	public static String Verb_export_usage;
	public static String Model_unreadable;
	public static String Train_badAugmentation;
	public static String Train_start;
	public static String Train_onTrainingSamples;
	public static String Train_optimizer;
	public static String Train_result;
	public static String Train_validation;
	public static String Train_training;
	public static String Train_cancelledKept;
	public static String Train_timings;
	public static String Train_saved;
	public static String Train_saveFailed;
	public static String Train_reportFailed;
	public static String Scores_perClass;
	public static String Scores_class;
	public static String Scores_samples;
	public static String Scores_precision;
	public static String Scores_recall;
	public static String Scores_confusion;
	public static String Scores_mistakes;
	public static String Scores_mistake;
	public static String Scores_moreMistakes;
	public static String Predict_operand;
	public static String Predict_noFiles;
	public static String Predict_noSuchFile;
	public static String Predict_folder;
	public static String Predict_someFailed;
	public static String Evaluate_unknownClass;
	public static String Evaluate_nothing;
	public static String Evaluate_count;
	public static String Export_badFormat;
	public static String Export_failed;
	public static String Export_outIsAFile;
	public static String Push_payloadWithoutPush;
	public static String Push_trustWithoutTls;
	public static String Push_untrustedCertificate;
	public static String Push_notDelivered;
	public static String Push_skipped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
