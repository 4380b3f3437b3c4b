package dev.modelbench.train;

/** The samples accuracies and mistakes were measured on. */
public enum EvaluationSet {
	/** The validation split: what the numbers should be measured on. */
	VALIDATION,
	/** The training split, used only when there are no validation samples. */
	TRAINING
}
