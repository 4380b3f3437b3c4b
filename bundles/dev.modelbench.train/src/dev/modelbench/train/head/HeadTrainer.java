package dev.modelbench.train.head;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.ClassScore;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.EvaluationSet;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.TrainableClasses;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.internal.Messages;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.train.metrics.ConfusionMatrix;

/**
 * Trains a {@link SoftmaxClassifier} on precomputed feature vectors (transfer learning: the
 * features come from a frozen extractor). Mini-batch training with Adam or momentum SGD, L2 weight
 * decay, and the best epoch kept. The same seed and data give bit-identical weights and metrics.
 */
public final class HeadTrainer {

	/** The {@link TrainingReport#modelKind()} of the reports this trainer writes. */
	public static final String MODEL_KIND = "softmax-head"; //$NON-NLS-1$

	private static final double NANOS_PER_SECOND = 1e9;

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
		int classes = classNames.size();
		int k = ClassificationMetrics.topK(classes);
		FeatureSet training = data.training();
		boolean hasValidation = !data.validation().isEmpty();
		EvaluationSet evaluatedOn = hasValidation ? EvaluationSet.VALIDATION : EvaluationSet.TRAINING;

		// Fitted on training samples only: validation must not leak into the model.
		FeatureStandardization standardization = FeatureStandardization.fit(training.features());
		float[][] trainInputs = standardise(standardization, training.features());
		float[][] validationInputs = standardise(standardization, data.validation().features());
		int[] trainLabels = training.labels();
		int[] validationLabels = data.validation().labels();

		SplittableRandom random = new SplittableRandom(options.seed());
		TrainableHead head = new TrainableHead(data.featureCount(), options.hiddenUnits(), classes, random);
		ParameterUpdate update = switch (optimizer.kind()) {
			case ADAM -> new AdamUpdate(options.learningRate());
			case SGD -> new MomentumSgdUpdate(options.learningRate());
		};

		List<EpochResult> epochs = new ArrayList<>();
		SoftmaxClassifier best = null;
		int bestEpoch = 0;
		double bestAccuracy = Double.NEGATIVE_INFINITY;
		double bestLoss = Double.POSITIVE_INFINITY;
		boolean cancelled = false;
		int[] order = identity(trainLabels.length);
		try {
			for (int epoch = 1; epoch <= options.epochs(); epoch++) {
				progress.split(1).subTask(NLS.bind(Messages.Train_epoch, epoch, options.epochs()));
				shuffle(order, random);
				for (int from = 0; from < order.length; from += options.batchSize()) {
					if (progress.isCanceled()) {
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

				float[][] trainLogits = logits(head, trainInputs);
				float[][] evaluatedLogits = hasValidation ? logits(head, validationInputs) : trainLogits;
				int[] evaluatedLabels = hasValidation ? validationLabels : trainLabels;
				double trainLoss = ClassificationMetrics.meanCrossEntropy(trainLogits, trainLabels);
				double validationLoss = hasValidation
						? ClassificationMetrics.meanCrossEntropy(evaluatedLogits, validationLabels)
						: Double.NaN;
				double accuracy = ClassificationMetrics.top1Accuracy(evaluatedLogits, evaluatedLabels);
				double topK = ClassificationMetrics.topKAccuracy(evaluatedLogits, evaluatedLabels, k);
				EpochResult result = new EpochResult(epoch, options.epochs(), trainLoss, validationLoss, accuracy,
						topK, k, evaluatedOn, seconds(start));
				epochs.add(result);

				double loss = hasValidation ? validationLoss : trainLoss;
				// Best by accuracy, then by loss: of two equally right models, the more confident one.
				if (accuracy > bestAccuracy || (accuracy == bestAccuracy && loss < bestLoss)) {
					best = head.snapshot(classNames, standardization);
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
			cancelled = true;
		}

		FeatureSet evaluated = hasValidation ? data.validation() : training;
		TrainingReport report = report(best, options, optimizer, data, evaluatedOn, epochs, bestEpoch, evaluated,
				cancelled, seconds(start));
		return new TrainingOutcome<>(best, report);
	}

	private static OptimizerChoice check(TrainingData data, TrainingOptions options) throws TrainingRefusedException {
		TrainableClasses.check(data.classNames(),
				TrainableClasses.count(data.classNames().size(), data.training().labels()));
		if (options.batchSize() < 1) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_batchSize, options.batchSize()));
		}
		if (options.epochs() < 1) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_epochs, options.epochs()));
		}
		if (!(options.learningRate() > 0) || Double.isInfinite(options.learningRate())) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_learningRate, options.learningRate()));
		}
		if (!(options.weightDecay() >= 0) || Double.isInfinite(options.weightDecay())) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_weightDecay, options.weightDecay()));
		}
		if (options.hiddenUnits() < 0) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_hiddenUnits, options.hiddenUnits()));
		}
		checkFinite(data.training());
		checkFinite(data.validation());
		return OptimizerChoice.resolve(options.optimizer());
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

	private static TrainingReport report(SoftmaxClassifier model, TrainingOptions options, OptimizerChoice optimizer,
			TrainingData data, EvaluationSet evaluatedOn, List<EpochResult> epochs, int bestEpoch,
			FeatureSet evaluated, boolean cancelled, double seconds) {
		List<String> classNames = data.classNames();
		float[][] logits = new float[evaluated.size()][];
		for (int i = 0; i < logits.length; i++) {
			logits[i] = model.logits(evaluated.features()[i]);
		}
		int[] predicted = ClassificationMetrics.predictions(logits);
		ConfusionMatrix confusion = ConfusionMatrix.of(classNames.size(), evaluated.labels(), predicted);
		List<ClassScore> scores = ClassScore.all(classNames, confusion);
		List<Misclassification> mistakes = new ArrayList<>();
		for (int i = 0; i < predicted.length; i++) {
			int truth = evaluated.labels()[i];
			if (predicted[i] != truth) {
				double confidence = ClassificationMetrics.softmax(logits[i])[predicted[i]];
				mistakes.add(new Misclassification(i, evaluated.sampleId(i), truth, predicted[i], confidence));
			}
		}
		double topK = ClassificationMetrics.topKAccuracy(logits, evaluated.labels(),
				ClassificationMetrics.topK(classNames.size()));
		List<String> notes = evaluatedOn == EvaluationSet.TRAINING ? List.of(Messages.Note_noValidation) : List.of();
		Map<String, Double> timings = new LinkedHashMap<>();
		timings.put(TrainingReport.TRAINING_TIMING, seconds);
		return new TrainingReport(MODEL_KIND, model.architecture(), options, optimizer, classNames,
				data.training().size(), data.validation().size(), evaluatedOn, epochs, bestEpoch, confusion.accuracy(),
				topK, confusion, scores, mistakes, cancelled, notes, timings);
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

	private static int[] identity(int size) {
		int[] order = new int[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		return order;
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

	private static double seconds(long start) {
		return (System.nanoTime() - start) / NANOS_PER_SECOND;
	}
}
