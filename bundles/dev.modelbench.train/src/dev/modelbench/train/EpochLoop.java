package dev.modelbench.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.internal.Messages;
import dev.modelbench.train.metrics.ClassificationMetrics;

/**
 * The epochs of a training run, the same for every trainer: shuffle with the run's generator,
 * update, measure loss and top-1/top-k accuracy, keep the best epoch's model (by accuracy, then by
 * loss), tell the listener, and on cancel keep the best finished epoch. A trainer supplies only
 * what differs, as a {@link Learner}.
 */
public final class EpochLoop {

	/** What one kind of model does inside the loop. */
	public interface Learner<M> {

		/**
		 * Updates the model over the training samples once, in {@code order}.
		 *
		 * @throws OperationCanceledException when {@code monitor} is cancelled between two updates
		 */
		void trainEpoch(int[] order, IProgressMonitor monitor);

		/** The scores (logits or log-probabilities, one row per sample) of the training samples. */
		float[][] trainingScores();

		/** The scores of the validation samples; an empty array when there are none. */
		float[][] validationScores();

		/** An immutable copy of the model as it is now. */
		M snapshot();
	}

	/**
	 * What the loop kept.
	 *
	 * @param model           the best epoch's model
	 * @param epochs          every finished epoch
	 * @param bestEpoch       1-based number of the kept epoch
	 * @param cancelled       whether the user stopped the run
	 * @param evaluatedScores the kept model's scores of the samples accuracy is measured on
	 */
	public record Result<M>(M model, List<EpochResult> epochs, int bestEpoch, boolean cancelled,
			float[][] evaluatedScores) {
	}

	private EpochLoop() {
	}

	/**
	 * Runs {@code epochs} epochs.
	 *
	 * @param trainLabels      labels of the training samples, in the learner's order
	 * @param validationLabels labels of the validation samples; empty to measure on training samples
	 * @param startNanos       when the run started, for the epochs' elapsed times
	 * @throws OperationCanceledException when cancelled before the first epoch finished
	 * @throws TrainingDivergedException  when an epoch's loss is not finite; nothing is kept
	 */
	public static <M> Result<M> run(Learner<M> learner, int[] trainLabels, int[] validationLabels, int classes,
			int epochs, SplittableRandom random, EpochListener listener, IProgressMonitor monitor, long startNanos)
			throws TrainingDivergedException {
		SubMonitor progress = SubMonitor.convert(monitor, epochs);
		boolean hasValidation = validationLabels.length > 0;
		EvaluationSet evaluatedOn = hasValidation ? EvaluationSet.VALIDATION : EvaluationSet.TRAINING;
		int[] evaluatedLabels = hasValidation ? validationLabels : trainLabels;
		int k = ClassificationMetrics.topK(classes);
		List<EpochResult> results = new ArrayList<>();
		M best = null;
		float[][] bestScores = null;
		int bestEpoch = 0;
		double bestAccuracy = Double.NEGATIVE_INFINITY;
		double bestLoss = Double.POSITIVE_INFINITY;
		int[] order = new int[trainLabels.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		try {
			for (int epoch = 1; epoch <= epochs; epoch++) {
				SubMonitor epochMonitor = progress.split(1);
				epochMonitor.subTask(NLS.bind(Messages.Train_epoch, epoch, epochs));
				shuffle(order, random);
				learner.trainEpoch(order, epochMonitor);

				float[][] trainScores = learner.trainingScores();
				float[][] evaluatedScores = hasValidation ? learner.validationScores() : trainScores;
				double trainLoss = ClassificationMetrics.meanCrossEntropy(trainScores, trainLabels);
				double validationLoss = hasValidation
						? ClassificationMetrics.meanCrossEntropy(evaluatedScores, validationLabels)
						: Double.NaN;
				checkFinite(epoch, trainLoss);
				if (hasValidation) {
					checkFinite(epoch, validationLoss);
				}
				double accuracy = ClassificationMetrics.top1Accuracy(evaluatedScores, evaluatedLabels);
				double topK = ClassificationMetrics.topKAccuracy(evaluatedScores, evaluatedLabels, k);
				EpochResult result = new EpochResult(epoch, epochs, trainLoss, validationLoss, accuracy, topK, k,
						evaluatedOn, (System.nanoTime() - startNanos) / 1e9);
				results.add(result);

				double loss = hasValidation ? validationLoss : trainLoss;
				// Best by accuracy, then by loss: of two equally right models, the more confident one.
				if (accuracy > bestAccuracy || (accuracy == bestAccuracy && loss < bestLoss)) {
					best = learner.snapshot();
					bestScores = evaluatedScores;
					bestEpoch = epoch;
					bestAccuracy = accuracy;
					bestLoss = loss;
				}
				listener.epochFinished(result);
			}
		} catch (OperationCanceledException e) {
			if (best == null) {
				throw e; // nothing finished, nothing to keep
			}
			return new Result<>(best, results, bestEpoch, true, bestScores);
		}
		return new Result<>(best, results, bestEpoch, false, bestScores);
	}

	/**
	 * A loss that is NaN or infinite means the weights overflowed (a NaN or infinite weight makes
	 * every output NaN): the model can no longer learn or predict, so the run stops here.
	 */
	private static void checkFinite(int epoch, double loss) throws TrainingDivergedException {
		if (!Double.isFinite(loss)) {
			throw new TrainingDivergedException(NLS.bind(Messages.Train_diverged, epoch, loss), epoch);
		}
	}

	/** Fisher-Yates with the run's own generator: the order depends only on the seed. */
	private static void shuffle(int[] order, SplittableRandom random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}
}
