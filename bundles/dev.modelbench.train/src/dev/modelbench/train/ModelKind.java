package dev.modelbench.train;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A way of training a classifier, e.g. transfer learning on a frozen image network, or a small
 * CNN from scratch. Contributed to the extension point {@code dev.modelbench.train.modelKinds}
 * (see {@link ModelKinds}); implementations have a public no-argument constructor.
 */
public interface ModelKind {

	/** The id it is contributed with, stored in every model it makes. */
	String id();

	/**
	 * Trains a model and returns the best epoch's with its report. Cancelling through the monitor
	 * returns the best finished epoch's model, marked cancelled.
	 *
	 * @throws TrainingRefusedException   when the samples or settings cannot be trained on; the
	 *                                    message says what to change
	 * @throws OperationCanceledException when cancelled before any epoch finished
	 */
	TrainingOutcome<TrainedModel> train(TrainingRequest request, EpochListener listener, IProgressMonitor monitor)
			throws TrainingRefusedException;

	/** Rebuilds a model this kind made from its {@link TrainedModel#archiveEntries()}. */
	TrainedModel read(ModelArchive archive) throws TrainedModelException;
}
