package dev.modelbench.train.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.ClassScore;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.metrics.ConfusionMatrix;

/**
 * Writes a {@link TrainingReport} as JSON with a fixed field order, for {@code train --report} and
 * for scripts. Undefined numbers (NaN: validation loss without validation samples, precision of a
 * class never predicted) are written as null. Confusion matrix rows are true classes, columns
 * predicted classes, both in {@code classes} order; class indices elsewhere refer to it too.
 */
public final class TrainingReportJson {

	private TrainingReportJson() {
	}

	/** The report as a JSON document ending with a line break. */
	public static String toJson(TrainingReport report) {
		StringBuilder text = new StringBuilder();
		write(report, new JsonWriter(text));
		return text.toString();
	}

	/** Writes the report to a writer, which the caller closes. */
	public static void write(TrainingReport report, Writer out) throws IOException {
		try {
			write(report, new JsonWriter(out));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Saves the report as a UTF-8 file, replacing it atomically. */
	public static void save(TrainingReport report, Path file) throws IOException {
		byte[] bytes = toJson(report).getBytes(StandardCharsets.UTF_8);
		new AtomicFileWriter().write(file, out -> out.write(bytes));
	}

	private static void write(TrainingReport report, JsonWriter json) {
		json.beginObject();
		json.field("modelKind", report.modelKind()); //$NON-NLS-1$
		json.field("architecture", report.architecture()); //$NON-NLS-1$
		json.field("status", report.cancelled() ? "cancelled" : "completed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		writeSettings(report, json);
		json.name("classes").beginArray(); //$NON-NLS-1$
		report.classNames().forEach(json::value);
		json.endArray();
		json.name("samples").beginObject() //$NON-NLS-1$
				.field("training", report.trainingSamples()) //$NON-NLS-1$
				.field("validation", report.validationSamples()) //$NON-NLS-1$
				.endObject();
		json.field("evaluatedOn", lower(report.evaluatedOn())); //$NON-NLS-1$
		json.name("epochs").beginArray(); //$NON-NLS-1$
		for (EpochResult epoch : report.epochs()) {
			json.beginObject()
					.field("epoch", epoch.epoch()) //$NON-NLS-1$
					.field("trainLoss", epoch.trainLoss()) //$NON-NLS-1$
					.field("validationLoss", epoch.validationLoss()) //$NON-NLS-1$
					.field("top1Accuracy", epoch.top1Accuracy()) //$NON-NLS-1$
					.field("topKAccuracy", epoch.topKAccuracy()) //$NON-NLS-1$
					.field("elapsedSeconds", epoch.elapsedSeconds()) //$NON-NLS-1$
					.endObject();
		}
		json.endArray();
		json.field("bestEpoch", report.bestEpoch()); //$NON-NLS-1$
		json.field("topK", report.topK()); //$NON-NLS-1$
		json.field("finalAccuracy", report.finalAccuracy()); //$NON-NLS-1$
		json.field("finalTopKAccuracy", report.finalTopKAccuracy()); //$NON-NLS-1$
		writeScores(json, report.classNames(), report.confusionMatrix(), report.classScores(), report.misclassified());
		json.name("notes").beginArray(); //$NON-NLS-1$
		report.notes().forEach(json::value);
		json.endArray();
		json.name("timingsSeconds").beginObject(); //$NON-NLS-1$
		for (Map.Entry<String, Double> timing : report.timingsSeconds().entrySet()) {
			json.field(timing.getKey(), timing.getValue());
		}
		json.endObject();
		json.endObject();
		json.finish();
	}

	/** Confusion matrix, per-class scores and mistakes: what training and evaluation reports share. */
	static void writeScores(JsonWriter json, List<String> classNames, ConfusionMatrix confusion,
			List<ClassScore> classScores, List<Misclassification> mistakes) {
		json.name("confusionMatrix").beginArray(); //$NON-NLS-1$
		for (int[] row : confusion.toArray()) {
			json.inlineArray(row);
		}
		json.endArray();
		json.name("perClass").beginArray(); //$NON-NLS-1$
		for (ClassScore score : classScores) {
			json.beginObject()
					.field("class", score.className()) //$NON-NLS-1$
					.field("support", score.support()) //$NON-NLS-1$
					.field("precision", score.precision()) //$NON-NLS-1$
					.field("recall", score.recall()) //$NON-NLS-1$
					.endObject();
		}
		json.endArray();
		json.name("misclassified").beginArray(); //$NON-NLS-1$
		for (Misclassification mistake : mistakes) {
			json.beginObject()
					.field("index", mistake.index()) //$NON-NLS-1$
					.field("sample", mistake.sampleId()) //$NON-NLS-1$
					.field("trueClass", classNames.get(mistake.trueClass())) //$NON-NLS-1$
					.field("predictedClass", classNames.get(mistake.predicted())) //$NON-NLS-1$
					.field("confidence", mistake.confidence()) //$NON-NLS-1$
					.endObject();
		}
		json.endArray();
	}

	private static void writeSettings(TrainingReport report, JsonWriter json) {
		TrainingOptions options = report.options();
		json.name("settings").beginObject() //$NON-NLS-1$
				.field("batchSize", options.batchSize()) //$NON-NLS-1$
				.field("epochs", options.epochs()) //$NON-NLS-1$
				.field("optimizer", options.optimizer()) //$NON-NLS-1$
				.field("optimizerUsed", report.optimizer().kind().id()) //$NON-NLS-1$
				.field("learningRateUsed", report.optimizer().learningRate()) //$NON-NLS-1$
				.field("optimizerReason", report.optimizer().reason()) //$NON-NLS-1$
				.field("learningRate", options.learningRate()) //$NON-NLS-1$
				.field("weightDecay", options.weightDecay()) //$NON-NLS-1$
				.field("hiddenUnits", options.hiddenUnits()) //$NON-NLS-1$
				.field("augmentation", options.augmentation()) //$NON-NLS-1$
				.field("seed", options.seed()) //$NON-NLS-1$
				.endObject();
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}
}
