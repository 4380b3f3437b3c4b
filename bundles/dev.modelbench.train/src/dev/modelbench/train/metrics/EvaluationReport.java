package dev.modelbench.train.metrics;

import java.util.List;

import dev.modelbench.train.ClassScore;
import dev.modelbench.train.Misclassification;

/**
 * How a trained model does on labelled samples it was not trained on.
 *
 * @param classNames     the model's classes; index = label
 * @param accuracy       top-1 accuracy over the evaluated samples
 * @param topKAccuracy   top-k accuracy, k = min(5, classes)
 * @param confusion      rows: true class, columns: predicted class
 * @param classScores    precision and recall per class
 * @param misclassified  the samples it got wrong, in sample order
 * @param skipped        the samples that could not be read, each with why, for the user
 * @param seconds        the time the evaluation took
 */
public record EvaluationReport(List<String> classNames, double accuracy, double topKAccuracy,
		ConfusionMatrix confusion, List<ClassScore> classScores, List<Misclassification> misclassified,
		List<String> skipped, double seconds) {

	public EvaluationReport {
		classNames = List.copyOf(classNames);
		classScores = List.copyOf(classScores);
		misclassified = List.copyOf(misclassified);
		skipped = List.copyOf(skipped);
	}

	/** k of {@link #topKAccuracy()}. */
	public int topK() {
		return ClassificationMetrics.topK(classNames.size());
	}

	/** The number of samples evaluated (the skipped ones not counted). */
	public int evaluated() {
		return confusion.total();
	}
}
