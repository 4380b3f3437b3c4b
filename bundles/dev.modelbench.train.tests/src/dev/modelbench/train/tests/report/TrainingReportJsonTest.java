package dev.modelbench.train.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.head.HeadTrainer;
import dev.modelbench.train.report.TrainingReportJson;
import dev.modelbench.train.tests.fixtures.GaussianBlobs;
import dev.modelbench.train.tests.fixtures.MiniJson;
import dev.modelbench.train.tests.fixtures.RecordingListener;

class TrainingReportJsonTest {

	@TempDir
	Path folder;

	private static TrainingReport report(TrainingData data) throws Exception {
		return new HeadTrainer().train(data, TrainingOptions.defaults().withEpochs(4), EpochListener.NONE,
				new NullProgressMonitor()).report();
	}

	/** Barely separated classes: some mistakes to list. */
	private static TrainingReport hardReport() throws Exception {
		return report(new GaussianBlobs(3, 8, 0.3, 3).data(20, 20));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(TrainingReport report) {
		return (Map<String, Object>) MiniJson.parse(TrainingReportJson.toJson(report));
	}

	@Test
	void fieldsComeInAStableOrder() throws Exception {
		Map<String, Object> json = parse(hardReport());

		assertEquals(List.of("modelKind", "architecture", "status", "settings", "classes", "samples", "evaluatedOn",
				"epochs", "bestEpoch", "topK", "finalAccuracy", "finalTopKAccuracy", "confusionMatrix", "perClass",
				"misclassified", "notes", "timingsSeconds"), List.copyOf(json.keySet()));
		assertEquals(List.of("batchSize", "epochs", "optimizer", "optimizerUsed", "learningRateUsed", "optimizerReason", "learningRate",
				"weightDecay", "hiddenUnits", "augmentation", "seed"), List.copyOf(map(json.get("settings")).keySet()));
	}

	@Test
	void theJsonCarriesTheReportsValues() throws Exception {
		TrainingReport report = hardReport();

		Map<String, Object> json = parse(report);

		assertEquals("softmax-head", json.get("modelKind"));
		assertEquals("completed", json.get("status"));
		assertEquals("auto", map(json.get("settings")).get("optimizer"));
		assertEquals("adam", map(json.get("settings")).get("optimizerUsed"));
		assertEquals(16.0, map(json.get("settings")).get("batchSize"));
		assertEquals(42.0, map(json.get("settings")).get("seed"));
		assertEquals(List.of("class0", "class1", "class2"), json.get("classes"));
		assertEquals(Map.of("training", 60.0, "validation", 60.0), json.get("samples"));
		assertEquals("validation", json.get("evaluatedOn"));
		assertEquals((double) report.bestEpoch(), json.get("bestEpoch"));
		assertEquals(report.finalAccuracy(), json.get("finalAccuracy"));

		List<Object> epochs = list(json.get("epochs"));
		assertEquals(report.epochs().size(), epochs.size());
		EpochResult first = report.epochs().getFirst();
		Map<String, Object> firstJson = map(epochs.getFirst());
		assertEquals(first.trainLoss(), firstJson.get("trainLoss"));
		assertEquals(first.validationLoss(), firstJson.get("validationLoss"));
		assertEquals(first.top1Accuracy(), firstJson.get("top1Accuracy"));
		assertEquals(first.topKAccuracy(), firstJson.get("topKAccuracy"));
		assertEquals(first.elapsedSeconds(), firstJson.get("elapsedSeconds"));

		List<Object> rows = list(json.get("confusionMatrix"));
		for (int t = 0; t < 3; t++) {
			for (int p = 0; p < 3; p++) {
				assertEquals((double) report.confusionMatrix().count(t, p), list(rows.get(t)).get(p));
			}
		}
		List<Object> mistakes = list(json.get("misclassified"));
		assertEquals(report.misclassified().size(), mistakes.size());
		Misclassification mistake = report.misclassified().getFirst();
		Map<String, Object> mistakeJson = map(mistakes.getFirst());
		assertEquals(mistake.sampleId(), mistakeJson.get("sample"));
		assertEquals("class" + mistake.trueClass(), mistakeJson.get("trueClass"));
		assertEquals("class" + mistake.predicted(), mistakeJson.get("predictedClass"));
		assertEquals(mistake.confidence(), mistakeJson.get("confidence"));
		assertEquals(report.classScores().get(1).recall(), map(list(json.get("perClass")).get(1)).get("recall"));
	}

	@Test
	void undefinedNumbersAreNullAndNotesAreListed() throws Exception {
		TrainingReport report = report(new GaussianBlobs(3, 8, 1.0, 3).data(10, 0));

		Map<String, Object> json = parse(report);

		assertEquals("training", json.get("evaluatedOn"));
		assertNull(map(list(json.get("epochs")).getFirst()).get("validationLoss"));
		assertTrue(map(list(json.get("epochs")).getFirst()).containsKey("validationLoss"));
		assertEquals(report.notes(), json.get("notes"));
	}

	@Test
	void timingsKeepTheOrderTheyWereAddedIn() throws Exception {
		TrainingReport report = hardReport().withTiming("featureExtraction", 1.5).withTiming("total", 2.25);

		Map<String, Object> timings = map(parse(report).get("timingsSeconds"));

		assertEquals(List.of("training", "featureExtraction", "total"), List.copyOf(timings.keySet()));
		assertEquals(1.5, timings.get("featureExtraction"));
	}

	@Test
	void aCancelledRunIsMarkedCancelled() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainingReport report = new HeadTrainer().train(new GaussianBlobs(3, 8, 1.0, 3).data(10, 5),
				TrainingOptions.defaults(), new RecordingListener(monitor, 2), monitor).report();

		assertEquals("cancelled", parse(report).get("status"));
		assertEquals(2, list(parse(report).get("epochs")).size());
	}

	@Test
	void aSavedReportIsTheSameJsonInUtf8() throws Exception {
		TrainingReport report = hardReport();
		Path file = folder.resolve("report.json");

		TrainingReportJson.save(report, file);

		assertEquals(TrainingReportJson.toJson(report), Files.readString(file, StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}
}
