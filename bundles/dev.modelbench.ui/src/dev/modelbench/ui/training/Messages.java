package dev.modelbench.ui.training;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Training view, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.training.messages"; //$NON-NLS-1$

	public static String TrainingJob_name;
	public static String TrainingJob_saveFailed;
	public static String LearnMore_title;
	public static String LearnMore_trainLoss;
	public static String LearnMore_valLoss;
	public static String LearnMore_top1;
	public static String LearnMore_topK;
	public static String LearnMore_batch;
	public static String LearnMore_epochs;
	public static String LearnMore_optimizer;
	public static String LearnMore_confusion;
	public static String Chart_epoch;
	public static String Chart_loss;
	public static String Chart_trainLoss;
	public static String Chart_valLoss;
	public static String Chart_accuracy;
	public static String Chart_top1;
	public static String Chart_topK;
	public static String Training_settings;
	public static String Training_kind;
	public static String Training_batchSize;
	public static String Training_batchSizeTip;
	public static String Training_epochs;
	public static String Training_epochsTip;
	public static String Training_optimizer;
	public static String Training_optimizerAuto;
	public static String Training_optimizerTip;
	public static String Training_advanced;
	public static String Training_learningRate;
	public static String Training_learningRateTip;
	public static String Training_seed;
	public static String Training_seedTip;
	public static String Training_augmentation;
	public static String Training_augmentationTip;
	public static String Training_train;
	public static String Training_cancel;
	public static String Training_learnMore;
	public static String Training_charts;
	public static String Training_saveChart;
	public static String Training_results;
	public static String Training_noResults;
	public static String Training_confusion;
	public static String Training_mistakes;
	public static String Training_mistakeSample;
	public static String Training_mistakeTrue;
	public static String Training_mistakePredicted;
	public static String Training_mistakeConfidence;
	public static String Training_noProject;
	public static String Training_title;
	public static String Training_badLearningRate;
	public static String Training_badSeed;
	public static String Training_noKind;
	public static String Training_started;
	public static String Training_cancelling;
	public static String Training_epoch;
	public static String Training_cancelledNothing;
	public static String Training_cancelledKept;
	public static String Training_done;
	public static String Training_projectClosed;
	public static String Training_projectClosedNothing;
	public static String Training_refreshJob;
	public static String Training_summary;
	public static String Training_onValidation;
	public static String Training_onTraining;
	public static String Training_truePredicted;
	public static String Training_sampleShown;
	public static String Training_chartSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
