package dev.modelbench.train.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.metrics.EvaluationReport;

/** Writes an {@link EvaluationReport} as JSON, in the same shapes as a training report's scores. */
public final class EvaluationReportJson {

	private EvaluationReportJson() {
	}

	/** The report as a JSON document ending with a line break. */
	public static String toJson(EvaluationReport report, String dataset) {
		StringBuilder text = new StringBuilder();
		JsonWriter json = new JsonWriter(text);
		json.beginObject();
		json.field("dataset", dataset); //$NON-NLS-1$
		json.name("classes").beginArray(); //$NON-NLS-1$
		report.classNames().forEach(json::value);
		json.endArray();
		json.field("evaluated", report.evaluated()); //$NON-NLS-1$
		json.field("accuracy", report.accuracy()); //$NON-NLS-1$
		json.field("topK", report.topK()); //$NON-NLS-1$
		json.field("topKAccuracy", report.topKAccuracy()); //$NON-NLS-1$
		TrainingReportJson.writeScores(json, report.classNames(), report.confusion(), report.classScores(),
				report.misclassified());
		json.name("skipped").beginArray(); //$NON-NLS-1$
		report.skipped().forEach(json::value);
		json.endArray();
		json.name("timingsSeconds").beginObject().field("evaluation", report.seconds()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		json.endObject();
		json.finish();
		return text.toString();
	}

	/** Saves the report as a UTF-8 file, replacing it atomically. */
	public static void save(EvaluationReport report, String dataset, Path file) throws IOException {
		byte[] bytes = toJson(report, dataset).getBytes(StandardCharsets.UTF_8);
		new AtomicFileWriter().write(file, out -> out.write(bytes));
	}
}
