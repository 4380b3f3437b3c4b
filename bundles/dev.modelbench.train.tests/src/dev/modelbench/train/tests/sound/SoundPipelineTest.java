package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.modelbench.capture.audio.SoundRecorder;
import dev.modelbench.capture.audio.WavSoundSource;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.sample.NewSamples;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.onnx.OnnxSessions;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.train.sound.ExtractedClips;
import dev.modelbench.train.sound.LiveSoundClassifier;
import dev.modelbench.train.sound.SoundClipExtraction;
import dev.modelbench.train.sound.SoundCnn;
import dev.modelbench.train.sound.SoundWindows;
import dev.modelbench.train.tests.fixtures.RecordingListener;
import dev.modelbench.train.tests.fixtures.SpokenWords;

/**
 * The sound flow of seed 001 end to end, on speech from espeak-ng: record 20 seconds (from a line
 * fed by a sound file, as no microphone exists here), extract, train, classify a live stream,
 * export the .zip, and ONNX Runtime on the raw PCM agreeing with Model Bench.
 */
class SoundPipelineTest {

	private static final List<String> WORDS = List.of("yes", "no");
	private static final List<Double> SAID_AT = List.of(1.5, 5.0, 9.0, 13.0, 17.0);

	@TempDir
	static Path temp;

	private static Path project;
	private static final Map<String, List<SoundClipExtraction.Clip>> extracted = new java.util.LinkedHashMap<>();
	private static SampleSet samples;
	private static TrainingOutcome<TrainedModel> outcome;

	@BeforeAll
	static void recordExtractAndTrain() throws Exception {
		Path dataset = SpokenWords.dataset(temp.resolve("words"), WORDS, 20, 0, 20);
		project = ModelProjectFolder.create(temp.resolve("project"), TaskKind.SOUND_CLASSIFICATION);
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(), new NullProgressMonitor());

			// For each word "Record 20 seconds": five times the word, in a voice the dataset does not
			// have, then "Extract".
			for (String word : WORDS) {
				float[] scene = SpokenWords.scene(temp.resolve("scratch"), 20, List.of(word, word, word, word, word),
						SAID_AT, word.equals("yes") ? 20 : 21);
				SoundRecorder.Recording recording;
				try (WavSoundSource microphone = WavSoundSource.of("microphone", scene, false)) {
					recording = SoundRecorder.record(microphone, 20, (seconds, level) -> { }, new NullProgressMonitor());
				}
				List<SoundClipExtraction.Clip> clips = SoundClipExtraction.extract(recording.samples(), false,
						SoundClipExtraction.DEFAULT_GATE_DB);
				extracted.put(word, clips);
				Category category = category(document, word);
				List<String> paths = ExtractedClips.write(project, category.getName(), clips, "mic", List.of(),
						new NullProgressMonitor());
				document.executeAndSave(
						NewSamples.add(document.getEditingDomain(), category, paths, null, SampleSource.MICROPHONE));
			}
			Command splits = ProjectSamples.assignSplits(document.getEditingDomain(), document.getModel());
			document.executeAndSave(splits);
			samples = ProjectSamples.of(document.getModel(), project);
		}
		outcome = ProjectTraining.train(project, samples, new SoundCnn(), TrainingOptions.defaults().withEpochs(25),
				new RecordingListener(), new NullProgressMonitor());
	}

	@AfterAll
	static void closeModel() {
		outcome.model().close();
	}

	@Test
	void extractionKeepsOneSampleForEachWordOfTheRecording() throws Exception {
		for (String word : WORDS) {
			List<SoundClipExtraction.Clip> clips = extracted.get(word);
			assertEquals(SAID_AT.size(), clips.size(), word);
			for (int i = 0; i < clips.size(); i++) {
				double start = clips.get(i).startSeconds();
				assertTrue(start < SAID_AT.get(i) && SAID_AT.get(i) < start + 1, word + " " + i + " in its window at " + start);
			}
			assertEquals(20 + SAID_AT.size(), samples.counts()[samples.classNames().indexOf(word)]);
		}
		assertTrue(Files.isRegularFile(project.resolve("data/yes/mic.wav")));
		assertEquals(1.0, SoundSamples.read(project.resolve("data/no/mic_2.wav")).length / 16_000.0, 1e-9);
	}

	@Test
	void learnsToTellTheWordsFromTheRoom() {
		assertEquals(List.of("Background noise", "no", "yes"), samples.classNames());
		assertEquals(SoundCnn.ID, outcome.report().modelKind());
		assertTrue(outcome.report().finalAccuracy() >= 0.8, "validation accuracy " + outcome.report().finalAccuracy());
	}

	@Test
	void liveClassificationNamesEachWordSoonAfterItIsSaid() {
		float[] stream = SpokenWords.scene(temp.resolve("live"), 8, List.of("no", "yes"), List.of(2.0, 5.0), 25);
		List<double[]> heard = new ArrayList<>();
		LiveSoundClassifier live = new LiveSoundClassifier((SoundClassifier) outcome.model(),
				LiveSoundClassifier.DEFAULT_HOP, 1, (seconds, raw, smoothed) -> heard.add(new double[] { seconds,
						raw.classIndex() }));
		// Fed as a microphone delivers: 50 ms at a time.
		for (int from = 0; from < stream.length; from += 800) {
			float[] chunk = java.util.Arrays.copyOfRange(stream, from, Math.min(stream.length, from + 800));
			live.accept(chunk, chunk.length);
		}

		assertEquals(71, heard.size(), "a label every tenth of a second after the first second");
		assertEquals("Background noise", labelAt(heard, 1.8));
		assertTrue(namedBetween(heard, "no", 2.0, 3.0), "no within a second of 2.0 s: " + labels(heard));
		assertTrue(namedBetween(heard, "yes", 5.0, 6.0), "yes within a second of 5.0 s: " + labels(heard));
	}

	@Test
	void theKeptModelLoadsBackAndHearsTheSame() throws Exception {
		try (TrainedModel loaded = TrainedModelStore.load(project)) {
			for (LabeledSample sample : samples.of(Split.VALIDATION)) {
				assertArrayEquals(outcome.model().predict(sample.file()).probabilities(),
						loaded.predict(sample.file()).probabilities(), sample.id());
			}
		}
	}

	@Test
	void aModelSavedBeforeTheFeaturesWereCentredIsRefusedNotMisread() throws Exception {
		ModelArchive saved = ModelArchive.of(outcome.model());
		ModelArchive older = new ModelArchive(saved.kindId(),
				Map.of("cnn.mbcnn", saved.entry("cnn-centred.mbcnn")));

		TrainedModelException refused = assertThrows(TrainedModelException.class, () -> new SoundCnn().read(older));

		assertTrue(refused.getMessage().contains("Train the model again"), refused.getMessage());
	}

	@Test
	void theExportedZipRunsOnRawPcmAndAgreesWithModelBench() throws Exception {
		try (TrainedModel loaded = TrainedModelStore.load(project)) {
			List<Path> files = loaded.export("zip", temp.resolve("export"), "words");
			Map<String, byte[]> zip = unzip(files.getFirst());

			assertEquals(List.of("model.onnx", "labels.txt", "metadata.json", "README.md"), List.copyOf(zip.keySet()));
			assertEquals("Background noise\nno\nyes\n", new String(zip.get("labels.txt"), StandardCharsets.UTF_8));
			String metadata = new String(zip.get("metadata.json"), StandardCharsets.UTF_8);
			assertTrue(metadata.contains("\"sample_rate\": 16000") && metadata.contains("\"finalAccuracy\""), metadata);
			OrtEnvironment environment = OnnxSessions.environment();
			try (OrtSession session = environment.createSession(zip.get("model.onnx"))) {
				for (LabeledSample sample : samples.of(Split.VALIDATION)) {
					float[] window = SoundWindows.of(SoundSamples.read(sample.file()));
					Prediction java = ((SoundClassifier) loaded).predict(window);
					try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(window),
							new long[] { 1, SoundWindows.LENGTH });
							OrtSession.Result result = session.run(Map.of("audio", input))) {
						float[] onnx = ((float[][]) result.get(0).getValue())[0];
						assertEquals(java.classIndex(), argmax(onnx), sample.id());
						for (int c = 0; c < onnx.length; c++) {
							assertEquals(java.probabilities()[c], onnx[c], 2e-3, sample.id() + " class " + c);
						}
					}
				}
			}
		}
	}

	@Test
	void aBackgroundClassWithTooFewSamplesIsRefusedWithHowManyMore() {
		List<LabeledSample> fewer = new ArrayList<>();
		int background = samples.backgroundLabel();
		int kept = 0;
		for (LabeledSample sample : samples.samples()) {
			if (sample.label() != background || kept++ < 13) {
				fewer.add(sample);
			}
		}
		SampleSet set = new SampleSet(samples.classNames(), fewer, background);

		TrainingRefusedException refusal = assertThrows(TrainingRefusedException.class,
				() -> new SoundCnn().train(new TrainingRequest(set, TrainingOptions.defaults(), temp.resolve("cache")),
						new RecordingListener(), new NullProgressMonitor()));

		assertTrue(refusal.getMessage().contains("\"Background noise\" needs 7 more (13 of 20)"), refusal.getMessage());
	}

	@Test
	void aSoundSetWithoutBackgroundNoiseIsRefused() {
		SampleSet set = new SampleSet(samples.classNames(), samples.samples(), -1);

		TrainingRefusedException refusal = assertThrows(TrainingRefusedException.class,
				() -> new SoundCnn().train(new TrainingRequest(set, TrainingOptions.defaults(), temp.resolve("cache")),
						new RecordingListener(), new NullProgressMonitor()));

		assertTrue(refusal.getMessage().contains("background-noise category"), refusal.getMessage());
	}

	private static Category category(ModelDocument document, String name) {
		return document.getModel().getCategories().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow();
	}

	private static String labelAt(List<double[]> heard, double seconds) {
		for (double[] entry : heard) {
			if (Math.abs(entry[0] - seconds) < 0.01) {
				return outcome.model().classNames().get((int) entry[1]);
			}
		}
		throw new AssertionError("no label at " + seconds);
	}

	private static boolean namedBetween(List<double[]> heard, String label, double from, double to) {
		int index = outcome.model().classNames().indexOf(label);
		return heard.stream().anyMatch(entry -> entry[0] > from && entry[0] <= to && entry[1] == index);
	}

	private static String labels(List<double[]> heard) {
		StringBuilder text = new StringBuilder();
		heard.forEach(entry -> text.append(String.format("%.2f=%s ", entry[0],
				outcome.model().classNames().get((int) entry[1]))));
		return text.toString();
	}

	private static Map<String, byte[]> unzip(Path file) throws Exception {
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static int argmax(float[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}
}
