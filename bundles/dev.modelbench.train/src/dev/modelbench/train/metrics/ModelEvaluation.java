package dev.modelbench.train.metrics;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.ClassScore;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.internal.Messages;

/** Scores a trained model on labelled sample files: new data, not what it was trained on. */
public final class ModelEvaluation {

	private ModelEvaluation() {
	}

	/**
	 * Predicts every sample and compares with its label. Unreadable files are listed and skipped.
	 *
	 * @throws OperationCanceledException when cancelled
	 */
	public static EvaluationReport evaluate(TrainedModel model, List<LabeledSample> samples, IProgressMonitor monitor) {
		long start = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Evaluate_task, samples.size());
		List<String> classNames = model.classNames();
		int k = ClassificationMetrics.topK(classNames.size());
		List<float[]> scores = new ArrayList<>();
		List<LabeledSample> evaluated = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (LabeledSample sample : samples) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				scores.add(model.predict(sample.file()).probabilities());
				evaluated.add(sample);
			} catch (UnreadableSampleException e) {
				skipped.add(NLS.bind(Messages.Transfer_skipped, sample.id(), e.reason()));
			}
			progress.worked(1);
		}
		float[][] probabilities = scores.toArray(float[][]::new);
		int[] truth = evaluated.stream().mapToInt(LabeledSample::label).toArray();
		int[] predicted = ClassificationMetrics.predictions(probabilities);
		ConfusionMatrix confusion = ConfusionMatrix.of(classNames.size(), truth, predicted);
		List<Misclassification> mistakes = new ArrayList<>();
		for (int i = 0; i < truth.length; i++) {
			if (predicted[i] != truth[i]) {
				mistakes.add(new Misclassification(i, evaluated.get(i).id(), truth[i], predicted[i],
						probabilities[i][predicted[i]]));
			}
		}
		double topK = ClassificationMetrics.topKAccuracy(probabilities, truth, k);
		return new EvaluationReport(classNames, confusion.accuracy(), topK, confusion,
				ClassScore.all(classNames, confusion), mistakes, skipped, (System.nanoTime() - start) / 1e9);
	}
}
