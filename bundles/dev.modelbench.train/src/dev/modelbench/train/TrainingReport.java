package dev.modelbench.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.modelbench.train.internal.Messages;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.train.metrics.ConfusionMatrix;

/**
 * Everything a finished (or cancelled) run tells the user about the model it kept: settings,
 * per-epoch metrics, the best epoch, final scores, confusion matrix, per-class scores, mistakes and
 * timings. The image and sound pipelines share it; {@code TrainingReportJson} writes it.
 *
 * @param modelKind         what was trained, e.g. "softmax-head"
 * @param architecture      its layer sizes, e.g. "384 -> 4 softmax"
 * @param options           the settings as given
 * @param optimizer         the optimizer that ran and why
 * @param classNames        class names; index = label
 * @param trainingSamples   number of training samples
 * @param validationSamples number of validation samples (0 allowed)
 * @param evaluatedOn       the samples the final scores and mistakes were measured on
 * @param epochs            the finished epochs, in order
 * @param bestEpoch         1-based number of the epoch whose model was kept
 * @param finalAccuracy     top-1 accuracy of the kept model on {@code evaluatedOn}
 * @param finalTopKAccuracy top-k accuracy of the kept model, k = min(5, classes)
 * @param confusionMatrix   the kept model on {@code evaluatedOn}
 * @param classScores       precision and recall per class, in class order
 * @param misclassified     the samples the kept model gets wrong, in sample order
 * @param cancelled         whether the user stopped the run before its last epoch
 * @param notes             sentences the user should read with the numbers (may be empty)
 * @param timingsSeconds    named durations in seconds, in the order they happened
 */
public record TrainingReport(String modelKind, String architecture, TrainingOptions options, OptimizerChoice optimizer,
		List<String> classNames, int trainingSamples, int validationSamples, EvaluationSet evaluatedOn,
		List<EpochResult> epochs, int bestEpoch, double finalAccuracy, double finalTopKAccuracy,
		ConfusionMatrix confusionMatrix, List<ClassScore> classScores, List<Misclassification> misclassified,
		boolean cancelled, List<String> notes, Map<String, Double> timingsSeconds) {

	/** The timing the trainer itself records: from its start to the kept model. */
	public static final String TRAINING_TIMING = "training"; //$NON-NLS-1$

	public TrainingReport {
		Objects.requireNonNull(modelKind, "modelKind"); //$NON-NLS-1$
		Objects.requireNonNull(options, "options"); //$NON-NLS-1$
		Objects.requireNonNull(optimizer, "optimizer"); //$NON-NLS-1$
		Objects.requireNonNull(evaluatedOn, "evaluatedOn"); //$NON-NLS-1$
		Objects.requireNonNull(confusionMatrix, "confusionMatrix"); //$NON-NLS-1$
		classNames = List.copyOf(classNames);
		epochs = List.copyOf(epochs);
		classScores = List.copyOf(classScores);
		misclassified = List.copyOf(misclassified);
		notes = List.copyOf(notes);
		// A copy that keeps the order: the JSON report lists timings as they happened.
		timingsSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(timingsSeconds));
	}

	/**
	 * The report of a finished loop: final scores, confusion matrix, per-class scores and mistakes
	 * are those of the kept model on the evaluated samples.
	 *
	 * @param evaluated the samples accuracy was measured on: the validation samples, or the
	 *                  training samples when there are none
	 * @param seconds   from the start of the run to the kept model
	 */
	public static TrainingReport of(String modelKind, String architecture, TrainingOptions options,
			OptimizerChoice optimizer, List<String> classNames, FeatureSet training, FeatureSet validation,
			EpochLoop.Result<?> loop, List<String> notes, double seconds) {
		boolean hasValidation = !validation.isEmpty();
		FeatureSet evaluated = hasValidation ? validation : training;
		float[][] scores = loop.evaluatedScores();
		int[] predicted = ClassificationMetrics.predictions(scores);
		ConfusionMatrix confusion = ConfusionMatrix.of(classNames.size(), evaluated.labels(), predicted);
		List<Misclassification> mistakes = new ArrayList<>();
		for (int i = 0; i < predicted.length; i++) {
			int truth = evaluated.labels()[i];
			if (predicted[i] != truth) {
				double confidence = ClassificationMetrics.softmax(scores[i])[predicted[i]];
				mistakes.add(new Misclassification(i, evaluated.sampleId(i), truth, predicted[i], confidence));
			}
		}
		double topK = ClassificationMetrics.topKAccuracy(scores, evaluated.labels(),
				ClassificationMetrics.topK(classNames.size()));
		List<String> allNotes = new ArrayList<>(notes);
		if (!hasValidation) {
			allNotes.add(Messages.Note_noValidation);
		}
		Map<String, Double> timings = new LinkedHashMap<>();
		timings.put(TRAINING_TIMING, seconds);
		return new TrainingReport(modelKind, architecture, options, optimizer, classNames, training.size(),
				validation.size(), hasValidation ? EvaluationSet.VALIDATION : EvaluationSet.TRAINING, loop.epochs(),
				loop.bestEpoch(), confusion.accuracy(), topK, confusion, ClassScore.all(classNames, confusion), mistakes,
				loop.cancelled(), allNotes, timings);
	}

	/** k of {@link #finalTopKAccuracy()}. */
	public int topK() {
		return ClassificationMetrics.topK(classNames.size());
	}

	/** The metrics of the kept epoch. */
	public EpochResult best() {
		return epochs.get(bestEpoch - 1);
	}

	/**
	 * This report with one more named duration, e.g. the pipeline's feature extraction, listed after
	 * those already there (replacing one of the same name in place).
	 */
	public TrainingReport withTiming(String name, double seconds) {
		Map<String, Double> timings = new LinkedHashMap<>(timingsSeconds);
		timings.put(name, seconds);
		return new TrainingReport(modelKind, architecture, options, optimizer, classNames, trainingSamples,
				validationSamples, evaluatedOn, epochs, bestEpoch, finalAccuracy, finalTopKAccuracy, confusionMatrix,
				classScores, misclassified, cancelled, notes, timings);
	}

	/**
	 * This report with a named duration that happened before those already there, e.g. the
	 * feature extraction that came before the head trainer's training.
	 */
	public TrainingReport withEarlierTiming(String name, double seconds) {
		Map<String, Double> timings = new LinkedHashMap<>();
		timings.put(name, seconds);
		timingsSeconds.forEach(timings::putIfAbsent);
		return new TrainingReport(modelKind, architecture, options, optimizer, classNames, trainingSamples,
				validationSamples, evaluatedOn, epochs, bestEpoch, finalAccuracy, finalTopKAccuracy, confusionMatrix,
				classScores, misclassified, cancelled, notes, timings);
	}

	/** This report with more sentences for the user, after those already there. */
	public TrainingReport withNotes(List<String> more) {
		List<String> all = new ArrayList<>(notes);
		all.addAll(more);
		return new TrainingReport(modelKind, architecture, options, optimizer, classNames, trainingSamples,
				validationSamples, evaluatedOn, epochs, bestEpoch, finalAccuracy, finalTopKAccuracy, confusionMatrix,
				classScores, misclassified, cancelled, all, timingsSeconds);
	}

	/**
	 * This report with the number of samples the user has, where the trainer saw more vectors (e.g.
	 * augmented variants of each training sample).
	 */
	public TrainingReport withSampleCounts(int training, int validation) {
		return new TrainingReport(modelKind, architecture, options, optimizer, classNames, training, validation,
				evaluatedOn, epochs, bestEpoch, finalAccuracy, finalTopKAccuracy, confusionMatrix, classScores,
				misclassified, cancelled, notes, timingsSeconds);
	}

	/**
	 * This report describing the whole model rather than the part a lower-level trainer saw, e.g.
	 * the transfer model around the head that the head trainer reported on.
	 */
	public TrainingReport describing(String kind, String wholeArchitecture) {
		return new TrainingReport(kind, wholeArchitecture, options, optimizer, classNames, trainingSamples,
				validationSamples, evaluatedOn, epochs, bestEpoch, finalAccuracy, finalTopKAccuracy, confusionMatrix,
				classScores, misclassified, cancelled, notes, timingsSeconds);
	}
}
