package dev.modelbench.train.head;

import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochLoop;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.TrainableClasses;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.internal.Messages;
import dev.modelbench.train.optimizer.ParameterUpdate;

/**
 * Trains a {@link SoftmaxClassifier} on precomputed feature vectors (transfer learning: the
 * features come from a frozen extractor). Mini-batch training with Adam or momentum SGD, L2 weight
 * decay, and the best epoch kept. The same seed and data give bit-identical weights and metrics.
 */
public final class HeadTrainer {

	/** The {@link TrainingReport#modelKind()} of the reports this trainer writes. */
	public static final String MODEL_KIND = "softmax-head"; //$NON-NLS-1$

	/** The rate "auto" trains a head at: on standardised features, Adam at 0.001 converges in a few epochs. */
	public static final double AUTO_LEARNING_RATE = 0.001;


	/**
	 * Trains a head and returns the best epoch's. Cancelling through the monitor stops at the next
	 * mini-batch and returns the best finished epoch's head, marked cancelled.
	 *
	 * @param listener hears each finished epoch
	 * @throws TrainingRefusedException   for fewer than two classes, a class without training
	 *                                    samples, or settings out of range
	 * @throws OperationCanceledException when cancelled before the first epoch finished
	 */
	public TrainingOutcome<SoftmaxClassifier> train(TrainingData data, TrainingOptions options, EpochListener listener,
			IProgressMonitor monitor) throws TrainingRefusedException {
		long start = System.nanoTime();
		OptimizerChoice optimizer = check(data, options);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Train_task, options.epochs());
		List<String> classNames = data.classNames();
		FeatureSet training = data.training();

		// Fitted on training samples only: validation must not leak into the model.
		FeatureStandardization standardization = FeatureStandardization.fit(training.features());
		float[][] trainInputs = standardise(standardization, training.features());
		float[][] validationInputs = standardise(standardization, data.validation().features());
		int[] trainLabels = training.labels();

		SplittableRandom random = new SplittableRandom(options.seed());
		TrainableHead head = new TrainableHead(data.featureCount(), options.hiddenUnits(), classNames.size(), random);
		ParameterUpdate update = ParameterUpdate.of(optimizer, optimizer.learningRate());
		EpochLoop.Learner<SoftmaxClassifier> learner = new EpochLoop.Learner<>() {
			@Override
			public void trainEpoch(int[] order, IProgressMonitor epochMonitor) {
				for (int from = 0; from < order.length; from += options.batchSize()) {
					if (epochMonitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					int to = Math.min(order.length, from + options.batchSize());
					head.zeroGradients();
					for (int i = from; i < to; i++) {
						head.accumulate(trainInputs[order[i]], trainLabels[order[i]]);
					}
					head.finishBatch(to - from, options.weightDecay());
					head.update(update);
				}
			}

			@Override
			public float[][] trainingScores() {
				return logits(head, trainInputs);
			}

			@Override
			public float[][] validationScores() {
				return logits(head, validationInputs);
			}

			@Override
			public SoftmaxClassifier snapshot() {
				return head.snapshot(classNames, standardization);
			}
		};
		EpochLoop.Result<SoftmaxClassifier> loop = EpochLoop.run(learner, trainLabels, data.validation().labels(),
				classNames.size(), options.epochs(), random, listener, progress, start);
		TrainingReport report = TrainingReport.of(MODEL_KIND, loop.model().architecture(), options, optimizer,
				classNames, training, data.validation(), loop, List.of(), (System.nanoTime() - start) / 1e9);
		return new TrainingOutcome<>(loop.model(), report);
	}

	private static OptimizerChoice check(TrainingData data, TrainingOptions options) throws TrainingRefusedException {
		TrainableClasses.check(data.classNames(),
				TrainableClasses.count(data.classNames().size(), data.training().labels()));
		OptimizerChoice optimizer = options.check(AUTO_LEARNING_RATE);
		checkFinite(data.training());
		checkFinite(data.validation());
		return optimizer;
	}

	// Features come from our extractors; NaN or infinity there is a bug, not a user error.
	private static void checkFinite(FeatureSet set) {
		for (float[] vector : set.features()) {
			for (float value : vector) {
				if (!Float.isFinite(value)) {
					throw new IllegalArgumentException("Feature vectors must be finite: " + value); //$NON-NLS-1$
				}
			}
		}
	}

	private static float[][] standardise(FeatureStandardization standardization, float[][] features) {
		float[][] standardised = new float[features.length][];
		for (int i = 0; i < features.length; i++) {
			standardised[i] = standardization.apply(features[i]);
		}
		return standardised;
	}

	private static float[][] logits(TrainableHead head, float[][] inputs) {
		float[][] logits = new float[inputs.length][];
		for (int i = 0; i < inputs.length; i++) {
			logits[i] = head.logits(inputs[i]);
		}
		return logits;
	}
}
