package dev.modelbench.train;

import java.util.Objects;

/**
 * The model a run kept, its best epoch's, with the report on it. A cancelled run still has one
 * when at least one epoch finished; {@link #cancelled()} says so.
 *
 * @param <M>    the kind of model, e.g. a classifier head
 * @param model  the kept model
 * @param report what the run measured
 */
public record TrainingOutcome<M>(M model, TrainingReport report) {

	public TrainingOutcome {
		Objects.requireNonNull(model, "model"); //$NON-NLS-1$
		Objects.requireNonNull(report, "report"); //$NON-NLS-1$
	}

	/** Whether the user stopped the run; the model is then the best of the epochs that finished. */
	public boolean cancelled() {
		return report.cancelled();
	}
}
