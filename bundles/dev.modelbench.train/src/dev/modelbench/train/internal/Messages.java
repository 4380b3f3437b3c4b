package dev.modelbench.train.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.train.internal.messages"; //$NON-NLS-1$

	public static String Train_task;
	public static String Train_epoch;
	public static String Train_diverged;
	public static String Evaluate_task;
	public static String Refused_tooFewClasses;
	public static String Refused_emptyClass;
	public static String Refused_emptyClasses;
	public static String Refused_unknownOptimizer;
	public static String Refused_batchSize;
	public static String Refused_epochs;
	public static String Refused_learningRate;
	public static String Refused_weightDecay;
	public static String Refused_hiddenUnits;
	public static String Optimizer_autoPicksAdam;
	public static String Optimizer_asRequested;
	public static String Note_noValidation;
	public static String HeadFile_notAHead;
	public static String ModelArchive_notAModel;
	public static String ModelArchive_newerFormat;
	public static String ModelArchive_damaged;
	public static String ModelArchive_missingEntry;
	public static String ModelArchive_tooLarge;
	public static String ModelArchive_unreadable;
	public static String Store_notTrained;
	public static String Store_unknownKind;
	public static String ModelKinds_noneForTask;
	public static String ModelKinds_unknown;
	public static String Transfer_extracting;
	public static String Transfer_skipped;
	public static String Transfer_unknownExtractor;
	public static String Transfer_otherExtractor;
	public static String Transfer_description;
	public static String Transfer_noAugmentation;
	public static String Transfer_clipArtOnly;
	public static String ImageCnn_reading;
	public static String ImageCnn_description;
	public static String ImageCnn_otherShape;
	public static String AssignSplits_label;
	public static String RecordRun_label;
	public static String Sound_noBackground;
	public static String Sound_tooFewSamples;
	public static String Sound_classNeedsMore;
	public static String Sound_reading;
	public static String Sound_description;
	public static String Sound_otherFeatures;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
