package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;

/** train, predict, evaluate and export as scripts use them, on the shipped handwritten digits. */
class TrainingCommandsTest {

	@TempDir
	static Path temp;

	private static Path digitsZip;
	private static CommandLineRun training;

	@BeforeAll
	static void importAndTrain() throws Exception {
		digitsZip = Files.copy(SampleDataset.QUICK_START.copyToTemporaryFile(), temp.resolve("digits.zip"));
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "digits").exitCode());
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "untrained").exitCode());
		training = CommandLineRun.of("train", "--project", "digits", "--epochs", "6", "--report",
				temp.resolve("report.json").toString());
	}

	@AfterAll
	static void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void trainPrintsOneLinePerEpochAndWritesTheReport() throws Exception {
		assertEquals(0, training.exitCode(), training.err());
		assertEquals("", training.err());
		List<String> epochLines = training.out().lines().filter(line -> line.startsWith("epoch ")).toList();
		assertEquals(6, epochLines.size(), training.out());
		assertTrue(epochLines.getFirst().matches(
				"epoch 1/6  train loss \\d\\.\\d{4}  val loss \\d\\.\\d{4}  top-1 \\d\\.\\d{4}  top-3 \\d\\.\\d{4}  \\d+\\.\\d s"),
				epochLines.getFirst());
		assertTrue(training.out().contains("Confusion matrix"), training.out());
		String json = Files.readString(temp.resolve("report.json"));
		for (String field : List.of("\"settings\"", "\"epochs\"", "\"finalAccuracy\"", "\"confusionMatrix\"",
				"\"timingsSeconds\"", "\"featureExtraction\"")) {
			assertTrue(json.contains(field), field + " in " + json);
		}
		assertTrue(Files.isRegularFile(CommandLineRun.workspace().resolve("digits/trained/model.mbmodel")));
	}

	@Test
	void predictPrintsFileLabelAndConfidencePerFile() throws Exception {
		List<Path> sevens = sampleFiles("digits", "seven");

		CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", sevens.get(0).toString(),
				sevens.get(1).toString());

		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(2, lines.size(), run.out());
		for (int i = 0; i < 2; i++) {
			String[] columns = lines.get(i).split("\t");
			assertEquals(sevens.get(i).toString(), columns[0]);
			assertEquals("seven", columns[1], lines.get(i));
			assertTrue(columns[2].matches("[01]\\.\\d{4}"), lines.get(i));
		}
	}

	@Test
	void predictReportsAFileItCannotReadAndStillClassifiesTheOthers() throws Exception {
		Path damaged = SampleFiles.truncate(SampleFiles.noisyImage(temp.resolve("damaged.png"), "png"), 0.5);
		Path good = sampleFiles("digits", "one").getFirst();

		CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", damaged.toString(), good.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.out().startsWith(good + "\tone\t"), run.out());
		assertTrue(run.err().contains("damaged.png cannot be used: damaged image"), run.err());
		assertTrue(run.err().strip().endsWith("1 of 2 files could not be classified"), run.err());
	}

	@Test
	void predictPushesEveryPredictionToTheBrokerAsItPrintsIt() throws Exception {
		List<Path> files = List.of(sampleFiles("digits", "zero").get(0), sampleFiles("digits", "one").get(0),
				sampleFiles("digits", "seven").get(0));
		try (Mosquitto broker = Mosquitto.start(Files.createTempDirectory(temp, "mosquitto"));
				MosquittoSub board = MosquittoSub.start(broker.login("siot", "dfrobot"), "ailab/s01")) {
			String uri = "mqtt://siot:dfrobot@127.0.0.1:" + broker.port() + "/ailab/s01";

			CommandLineRun labels = CommandLineRun.of("predict", "--project", "digits", "--push", uri,
					files.get(0).toString(), files.get(1).toString(), files.get(2).toString());
			CommandLineRun json = CommandLineRun.of("predict", "--project", "digits", "--push", uri, "--payload",
					"json", files.get(0).toString());

			assertEquals(0, labels.exitCode(), labels.err());
			assertEquals(0, json.exitCode(), json.err());
			List<String> printed = labels.out().lines().map(line -> line.split("\t")[1]).toList();
			Await.until(() -> board.payloads().size() == 4, () -> "4 results, got " + board.payloads());
			assertEquals(printed, board.payloads().subList(0, 3), "the labels, in the order printed");
			assertTrue(board.payloads().get(3).startsWith("{\"label\":\"" + printed.get(0) + "\""),
					board.payloads().get(3));
		}
	}

	@Test
	void aPushWithAWrongPasswordFailsAndSaysSo() throws Exception {
		try (Mosquitto broker = Mosquitto.start(Files.createTempDirectory(temp, "mosquitto"))) {
			CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", "--push",
					"mqtt://siot:wrong@127.0.0.1:" + broker.port() + "/ailab/s01",
					sampleFiles("digits", "zero").get(0).toString());

			assertEquals(1, run.exitCode());
			assertTrue(run.out().contains("\tzero\t"), "the prediction is still printed: " + run.out());
			assertTrue(run.err().toLowerCase().contains("password"), run.err());
		}
	}

	@Test
	void aSelfSignedTlsBrokerIsRefusedBeforeAnythingIsPredictedNamingTheOptionThatTrustsIt() throws Exception {
		try (Mosquitto broker = Mosquitto.startWithTls(Files.createTempDirectory(temp, "mosquitto"));
				MosquittoSub board = MosquittoSub.start(broker.siotLogin(), "ailab/tls")) {
			CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", "--push",
					"mqtts://siot:dfrobot@127.0.0.1:" + broker.tlsPort() + "/ailab/tls",
					sampleFiles("digits", "zero").get(0).toString());

			assertEquals(1, run.exitCode(), run.err());
			assertEquals("", run.out(), "nothing is predicted for a push that cannot go");
			assertTrue(run.err().contains("--trust-certificate " + broker.certificateFingerprint()), run.err());
			assertTrue(run.err().contains("no authority this computer knows"), run.err());
			Thread.sleep(500);
			assertEquals(List.of(), board.payloads());
		}
	}

	@Test
	void trustCertificateAcceptsThatBrokersCertificateAndTheResultsGoOverTls() throws Exception {
		try (Mosquitto broker = Mosquitto.startWithTls(Files.createTempDirectory(temp, "mosquitto"));
				MosquittoSub board = MosquittoSub.start(broker.siotLogin(), "ailab/tls")) {
			// As sha256sum prints it: lower case, no colons.
			String fingerprint = broker.certificateFingerprint().replace(":", "").toLowerCase(java.util.Locale.ROOT);

			CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", "--push",
					"mqtts://siot:dfrobot@127.0.0.1:" + broker.tlsPort() + "/ailab/tls", "--trust-certificate", fingerprint,
					sampleFiles("digits", "seven").get(0).toString());

			assertEquals(0, run.exitCode(), run.err());
			String printed = run.out().lines().findFirst().orElseThrow().split("\t")[1];
			Await.until(() -> board.payloads().equals(List.of(printed)), () -> "got " + board.payloads());
		}
	}

	@Test
	void aTrustedCertificateThatIsNotTheBrokersIsRefusedAndTheResultsAreNotSent() throws Exception {
		try (Mosquitto broker = Mosquitto.startWithTls(Files.createTempDirectory(temp, "mosquitto"));
				MosquittoSub board = MosquittoSub.start(broker.siotLogin(), "ailab/tls")) {
			String shown = broker.certificateFingerprint();
			String other = (shown.startsWith("00") ? "11" : "00") + shown.substring(2);

			CommandLineRun run = CommandLineRun.of("predict", "--project", "digits", "--push",
					"mqtts://siot:dfrobot@127.0.0.1:" + broker.tlsPort() + "/ailab/tls", "--trust-certificate", other,
					sampleFiles("digits", "one").get(0).toString());

			assertEquals(1, run.exitCode(), run.err());
			assertTrue(run.err().contains("is not the one trusted for it"), run.err());
			assertTrue(run.err().contains(shown), run.err());
			assertEquals(List.of(), board.payloads());
		}
	}

	@Test
	void trustCertificateIsRefusedForAPlainBrokerAndWhenItIsNoFingerprint() throws Exception {
		String file = sampleFiles("digits", "zero").get(0).toString();

		CommandLineRun plain = CommandLineRun.of("predict", "--project", "digits", "--push",
				"mqtt://127.0.0.1:1/ailab/s01", "--trust-certificate", "AB:CD", file);
		CommandLineRun malformed = CommandLineRun.of("predict", "--project", "digits", "--push",
				"mqtts://127.0.0.1:1/ailab/s01", "--trust-certificate", "AB:CD", file);

		assertEquals(2, plain.exitCode(), plain.err());
		assertTrue(plain.err().contains("--trust-certificate needs --push mqtts://"), plain.err());
		assertEquals(2, malformed.exitCode(), malformed.err());
		assertTrue(malformed.err().contains("\"AB:CD\" is not a SHA-256 fingerprint"), malformed.err());
		assertEquals("", plain.out() + malformed.out());
	}

	@Test
	void evaluateScoresNewDataAndEndsWithTheAccuracy() {
		CommandLineRun run = CommandLineRun.of("evaluate", "--project", "digits", "--data", digitsZip.toString());

		assertEquals(0, run.exitCode(), run.err());
		String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
		assertTrue(last.matches("accuracy: \\d\\.\\d{4}"), last);
		assertTrue(Double.parseDouble(last.substring("accuracy: ".length())) >= 0.85, last);
		assertTrue(run.out().contains("Evaluated 90 samples"), run.out());
	}

	@Test
	void evaluateRefusesAClassTheModelDoesNotKnow() {
		Path data = DatasetFolder.at(temp.resolve("other")).pngs("seven", 2).pngs("eight", 2).root();

		CommandLineRun run = CommandLineRun.of("evaluate", "--project", "digits", "--data", data.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("\"eight\""), run.err());
	}

	@Test
	void exportWritesTheOnnxModelAndItsDescription() {
		Path out = temp.resolve("export");

		CommandLineRun run = CommandLineRun.of("export", "--project", "digits", "--format", "onnx", "--out",
				out.toString());

		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of(out.resolve("model.onnx").toString(), out.resolve("model.yaml").toString()),
				run.out().lines().toList());
		assertTrue(Files.isRegularFile(out.resolve("model.onnx")));
	}

	@Test
	void exportRefusesAFormatTheModelHasNot() {
		CommandLineRun run = CommandLineRun.of("export", "--project", "digits", "--format", "tflite", "--out",
				temp.resolve("x").toString());

		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("onnx"), run.err());
	}

	@Test
	void predictBeforeTrainingSaysToTrainFirst() throws Exception {
		CommandLineRun run = CommandLineRun.of("predict", "--project", "untrained",
				sampleFiles("untrained", "one").getFirst().toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("no trained model yet"), run.err());
	}

	@Test
	void theCnnFromScratchTrainsPredictsEvaluatesAndExportsLikeTheDefault() throws Exception {
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "digits-cnn").exitCode());
		Path out = temp.resolve("export-cnn");

		CommandLineRun train = CommandLineRun.of("train", "--project", "digits-cnn", "--model", "cnn", "--epochs", "20");
		Path seven = sampleFiles("digits-cnn", "seven").getFirst();
		CommandLineRun predict = CommandLineRun.of("predict", "--project", "digits-cnn", seven.toString());
		CommandLineRun evaluate = CommandLineRun.of("evaluate", "--project", "digits-cnn", "--data",
				digitsZip.toString());
		CommandLineRun export = CommandLineRun.of("export", "--project", "digits-cnn", "--format", "onnx", "--out",
				out.toString());

		assertEquals(0, train.exitCode(), train.err());
		assertEquals(20, train.out().lines().filter(line -> line.startsWith("epoch ")).count(), train.out());
		assertTrue(train.out().contains("3x32x32 -> conv 16, 32, 64 -> 3"), train.out());
		assertEquals(0, predict.exitCode(), predict.err());
		assertTrue(predict.out().startsWith(seven + "\tseven\t"), predict.out());
		assertEquals(0, evaluate.exitCode(), evaluate.err());
		String accuracy = evaluate.out().strip().lines().reduce((a, b) -> b).orElseThrow();
		assertTrue(Double.parseDouble(accuracy.substring("accuracy: ".length())) >= 0.85, accuracy);
		assertEquals(0, export.exitCode(), export.err());
		assertEquals(List.of(out.resolve("model.onnx").toString(), out.resolve("model.yaml").toString(),
				out.resolve("model.mbcnn").toString()), export.out().lines().toList());
		assertTrue(Files.readString(out.resolve("model.yaml")).contains("imgsz: 32\n"));
	}

	@Test
	void trainRefusesAnUnknownModelKindAndNamesTheKnownOnes() {
		CommandLineRun run = CommandLineRun.of("train", "--project", "untrained", "--model", "resnet");

		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("\"resnet\"") && run.err().contains("transfer, cnn"), run.err());
	}

	private static List<Path> sampleFiles(String project, String category) throws Exception {
		try (Stream<Path> files = Files.list(CommandLineRun.workspace().resolve(project).resolve("data").resolve(category))) {
			return files.sorted().toList();
		}
	}
}
