package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.WavFiles;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;
import dev.modelbench.train.tests.fixtures.SpokenWords;

/**
 * The command line's contract for sound projects, on speech from espeak-ng and room noise: import a
 * dataset whose background class is {@code _background_noise_} with two long recordings, train, evaluate on voices not
 * trained on, predict a long recording window by window, and export a .zip whose ONNX model, run by
 * ONNX Runtime on raw audio, names what the command line named.
 */
class SoundCommandsTest {

	private static final List<String> WORDS = List.of("yes", "no");
	/** Variants 0..23 train; 24..31 (a speed and pitch pairing not among them) are new to the model. */
	private static final int TRAINED_VARIANTS = 24;
	/** The long recording: 6 s of room noise with "yes" at 1.0 s and "no" at 3.5 s. */
	private static final List<Double> SAID_AT = List.of(1.0, 3.5);

	@TempDir
	static Path temp;

	private static CommandLineRun importing;
	private static CommandLineRun training;
	private static Path recording;

	@BeforeAll
	static void importAndTrain() throws Exception {
		Path dataset = SpokenWords.dataset(temp.resolve("words"), WORDS, TRAINED_VARIANTS, 0, 0);
		// As Google's Speech Commands ships background noise: a few long recordings.
		for (int i = 0; i < 2; i++) {
			SpokenWords.writeWav(dataset.resolve("_background_noise_").resolve("room-" + i + ".wav"),
					SpokenWords.roomNoise(12, 100 + i));
		}
		importing = CommandLineRun.of("import", dataset.toString(), "--project", "words");
		training = CommandLineRun.of("train", "--project", "words", "--epochs", "40", "--seed", "3");
		recording = SpokenWords.writeWav(temp.resolve("recording.wav"),
				SpokenWords.scene(temp.resolve("scratch"), 6, WORDS, SAID_AT, 26));
	}

	@AfterAll
	static void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void importTakesSpeechCommandsBackgroundRecordingsAsOneSamplePerSecond() {
		assertEquals(0, importing.exitCode(), importing.err());

		CommandLineRun info = CommandLineRun.of("info", "--project", "words");

		assertTrue(info.out().contains("sound classification"), info.out());
		assertTrue(info.out().lines().anyMatch(line -> line.startsWith("Background noise") && line.contains("24")),
				info.out());
		assertTrue(info.out().lines().noneMatch(line -> line.contains("_background_noise_")), info.out());
	}

	@Test
	void trainLearnsTheWords() {
		assertEquals(0, training.exitCode(), training.err());
		assertTrue(training.out().contains("log-mel spectrogram"), training.out());
		assertEquals(40, training.out().lines().filter(line -> line.startsWith("epoch ")).count(), training.out());
		Matcher kept = Pattern.compile("top-1 accuracy (\\d\\.\\d+)").matcher(training.out());
		assertTrue(kept.find() && Double.parseDouble(kept.group(1)) >= 0.9, training.out());
	}

	@Test
	void evaluateOnVoicesNotTrainedOnPrintsTheAccuracy() {
		Path data = temp.resolve("new-voices");
		for (String word : WORDS) {
			for (int i = TRAINED_VARIANTS; i < SpokenWords.variants(); i++) {
				SpokenWords.writeWav(data.resolve(word).resolve(word + '-' + i + ".wav"),
						SpokenWords.variant(temp.resolve("scratch"), word, i));
			}
		}
		for (int i = 0; i < 8; i++) {
			SpokenWords.writeWav(data.resolve("_background_noise_").resolve("noise-" + i + ".wav"),
					SpokenWords.roomNoise(1, 900 + i));
		}

		CommandLineRun run = CommandLineRun.of("evaluate", "--project", "words", "--data", data.toString());

		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Evaluated 24 samples"), run.out());
		String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
		assertTrue(last.matches("accuracy: \\d\\.\\d{4}"), last);
		assertTrue(Double.parseDouble(last.substring("accuracy: ".length())) >= 0.9, run.out());
	}

	@Test
	void predictOnALongRecordingPrintsOneLinePerHalfSecondWindow() {
		List<String[]> windows = predictWindows();

		assertEquals(11, windows.size(), "windows starting at 0, 0.5 ... 5.0 s of 6 s");
		for (int w = 0; w < windows.size(); w++) {
			assertEquals(recording + String.format("@%d.%02d", w / 2, w % 2 * 50), windows.get(w)[0]);
			assertTrue(windows.get(w)[2].matches("[01]\\.\\d{4}"), windows.get(w)[2]);
		}
		assertEquals("Background noise", windows.getFirst()[1], "0-1 s: before the first word");
		assertEquals("Background noise", windows.getLast()[1], "5-6 s: after the last word");
		assertTrue(saidIn(windows, "yes", 0.5, 1.0), "a window over 1.0 s hears yes: " + labels(windows));
		assertTrue(saidIn(windows, "no", 3.0, 3.5), "a window over 3.5 s hears no: " + labels(windows));
	}

	@Test
	void aRecordingThatDoesNotEndOnTheHalfSecondGetsALastWindowEndingWithIt() {
		Path clip = SpokenWords.writeWav(temp.resolve("odd.wav"), SpokenWords.roomNoise(2.3, 5));

		CommandLineRun run = CommandLineRun.of("predict", "--project", "words", clip.toString());

		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of(clip + "@0.00", clip + "@0.50", clip + "@1.00", clip + "@1.30"),
				run.out().lines().map(line -> line.split("\t")[0]).toList());
	}

	@Test
	void pushingALongRecordingDeliversEveryWindowsResultToTheBroker() throws Exception {
		// Ten minutes: 1,199 windows, classified at once, far more than the live queue holds.
		Path tenMinutes = SpokenWords.writeWav(temp.resolve("ten-minutes.wav"), SpokenWords.roomNoise(600, 7));
		try (Mosquitto broker = Mosquitto.start(Files.createTempDirectory(temp, "mosquitto"));
				MosquittoSub board = MosquittoSub.start(broker.login("siot", "dfrobot"), "ailab/s01")) {
			for (int qos : List.of(0, 1)) {
				int before = board.payloads().size();

				CommandLineRun run = CommandLineRun.of("predict", "--project", "words", "--push",
						"mqtt://siot:dfrobot@127.0.0.1:" + broker.port() + "/ailab/s01?qos=" + qos, tenMinutes.toString());

				assertEquals(0, run.exitCode(), run.err());
				List<String> printed = run.out().lines().map(line -> line.split("\t")[1]).toList();
				assertEquals(1199, printed.size());
				Await.until(() -> board.payloads().size() >= before + printed.size(),
						() -> "QoS " + qos + ": " + (board.payloads().size() - before) + " of " + printed.size() + " arrived");
				assertEquals(printed, board.payloads().subList(before, board.payloads().size()), "QoS " + qos);
			}
		}
	}

	@Test
	void predictOnAClipShorterThanTwoWindowsPrintsOnePlainLine() throws Exception {
		List<Path> clips;
		try (Stream<Path> files = Files.list(CommandLineRun.workspace().resolve("words/data/yes"))) {
			clips = files.sorted().limit(3).toList();
		}
		Path longer = SpokenWords.writeWav(temp.resolve("noise-1.4s.wav"), SpokenWords.roomNoise(1.4, 6));

		CommandLineRun run = CommandLineRun.of("predict", "--project", "words", clips.get(0).toString(),
				clips.get(1).toString(), clips.get(2).toString(), longer.toString());

		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(4, lines.size(), run.out());
		for (int i = 0; i < 3; i++) {
			assertTrue(lines.get(i).matches(Pattern.quote(clips.get(i).toString()) + "\tyes\t[01]\\.\\d{4}"),
					lines.get(i));
		}
		assertTrue(lines.get(3).startsWith(longer + "\tBackground noise\t"), lines.get(3));
	}

	@Test
	void predictSaysWhatIsWrongWithACutOffOrEmptyWavAndStillClassifiesTheOthers() {
		Path cutOff = WavFiles.writeRaw(temp.resolve("bad/cut-off.wav"), 16_000, 1, WavFiles.PCM, 16, new byte[8_000],
				32_000);
		Path empty = SampleFiles.wav(temp.resolve("bad/empty.wav"), 0);
		Path good = SpokenWords.writeWav(temp.resolve("bad/good.wav"), SpokenWords.roomNoise(1, 11));

		CommandLineRun run = CommandLineRun.of("predict", "--project", "words", cutOff.toString(), empty.toString(),
				good.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.out().startsWith(good + "\tBackground noise\t"), run.out());
		assertTrue(run.err().contains("cut-off.wav cannot be used: the audio is cut off"), run.err());
		assertTrue(run.err().contains("empty.wav cannot be used: contains no audio"), run.err());
		assertTrue(run.err().strip().endsWith("2 of 3 files could not be classified"), run.err());
	}

	@Test
	void exportWritesAZipWhoseOnnxModelNamesWhatPredictNamed() throws Exception {
		Path out = temp.resolve("export");

		CommandLineRun export = CommandLineRun.of("export", "--project", "words", "--format", "zip", "--out",
				out.toString());

		assertEquals(0, export.exitCode(), export.err());
		assertEquals(List.of(out.resolve("words.zip").toString()), export.out().lines().toList());
		Map<String, byte[]> zip = unzip(out.resolve("words.zip"));
		assertEquals(List.of("model.onnx", "labels.txt", "metadata.json", "README.md"), List.copyOf(zip.keySet()));
		List<String> labels = new String(zip.get("labels.txt")).lines().toList();
		List<String[]> windows = predictWindows();
		float[] audio = SoundSamples.read(recording);
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		try (OrtSession session = environment.createSession(zip.get("model.onnx"))) {
			for (int w = 0; w < windows.size(); w++) {
				float[] window = new float[16_000];
				System.arraycopy(audio, w * 8_000, window, 0, 16_000);
				try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(window),
						new long[] { 1, 16_000 }); OrtSession.Result result = session.run(Map.of("audio", input))) {
					float[] probabilities = ((float[][]) result.get(0).getValue())[0];
					int best = 0;
					for (int c = 1; c < probabilities.length; c++) {
						best = probabilities[c] > probabilities[best] ? c : best;
					}
					assertEquals(windows.get(w)[1], labels.get(best), windows.get(w)[0]);
					assertEquals(Double.parseDouble(windows.get(w)[2]), probabilities[best], 2e-3, windows.get(w)[0]);
				}
			}
		}
	}

	@Test
	void exportOfASoundModelIsAZipByDefaultAndRefusesOnnx() {
		CommandLineRun zip = CommandLineRun.of("export", "--project", "words", "--out", temp.resolve("default").toString());
		CommandLineRun onnx = CommandLineRun.of("export", "--project", "words", "--format", "onnx", "--out",
				temp.resolve("onnx").toString());

		assertEquals(0, zip.exitCode(), zip.err());
		assertTrue(Files.isRegularFile(temp.resolve("default/words.zip")));
		assertEquals(2, onnx.exitCode());
		assertTrue(onnx.err().contains("this model exports as zip"), onnx.err());
	}

	/** The columns of each line {@code predict} prints for the long recording. */
	private static List<String[]> predictWindows() {
		CommandLineRun run = CommandLineRun.of("predict", "--project", "words", recording.toString());
		assertEquals(0, run.exitCode(), run.err());
		return run.out().lines().map(line -> line.split("\t")).toList();
	}

	private static boolean saidIn(List<String[]> windows, String word, double from, double to) {
		return windows.stream().anyMatch(columns -> {
			double start = Double.parseDouble(columns[0].substring(columns[0].lastIndexOf('@') + 1));
			return start >= from && start <= to && columns[1].equals(word);
		});
	}

	private static String labels(List<String[]> windows) {
		return windows.stream().map(columns -> columns[0].substring(columns[0].lastIndexOf('@')) + "=" + columns[1]
				+ " " + columns[2]).toList().toString();
	}

	private static Map<String, byte[]> unzip(Path file) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}
}
