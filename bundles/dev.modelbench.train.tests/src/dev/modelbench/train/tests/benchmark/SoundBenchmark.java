package dev.modelbench.train.tests.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.LabeledDataset;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.InitialModel;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.metrics.ModelEvaluation;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.sound.ChannelAugmentation;
import dev.modelbench.train.sound.LiveSoundClassifier;
import dev.modelbench.train.sound.LogMelSpectrogram;
import dev.modelbench.train.sound.SoundAugmentation;
import dev.modelbench.train.sound.SoundCnn;
import dev.modelbench.train.sound.SoundWindows;
import dev.modelbench.train.sound.SpectrogramMasks;

/**
 * The sound benchmark: accuracy on held-out clips, training time (feature extraction included),
 * feature-extraction real-time factor and live-classification latency of the default sound model,
 * beside Edge Impulse's default audio recipe on the same split and the same live streams. Not a
 * test (no *Test name): releng/benchmarks/sound-benchmark.sh runs it on the sets MakeSoundSets.java
 * makes.
 */
class SoundBenchmark {

	/** Folder with instruments/, words/ and the voices- sets from MakeSoundSets.java. */
	private static final String DATA = System.getProperty("modelbench.benchmark.sounds");
	private static final int SEEDS = Integer.getInteger("modelbench.benchmark.seeds", 1);
	/** Comma-separated task names to run (all when unset), so one set can be tried alone. */
	private static final String ONLY_TASKS = System.getProperty("modelbench.benchmark.tasks");
	/** Comma-separated model rows to run (all when unset), by their first word: default, longer, plain, channel… */
	private static final String ONLY_MODELS = System.getProperty("modelbench.benchmark.models");

	/**
	 * A task: its folder, its held-out test sets, and whether its held-out sounds also stream live
	 * (the real-voice sets have too few recordings for it).
	 */
	private record Task(String name, List<String> tests, boolean live) {
	}

	private static final List<Task> TASKS = Stream.concat(
			Stream.of(new Task("instruments", List.of("test"), true),
					new Task("words", List.of("test-speakers", "test-phrases"), true)),
			Stream.of("en", "es", "es-mixed", "fr", "fr-mixed", "it", "it-mixed", "ru")
					.map(language -> new Task("voices-" + language,
							language.endsWith("-mixed") ? List.of("test-real") : List.of("test-synthetic", "test-real"),
							false)))
			.filter(task -> chosen(ONLY_TASKS, task.name())).toList();

	/** A row of Model Bench's model: what it changes in a new sound project's options and augmentation. */
	private record Variant(String key, String label, UnaryOperator<TrainingOptions> options,
			SoundAugmentation augmentation) {
	}

	/**
	 * The default's changes without its masks: the rows measured before masks became the default
	 * (channel, band, the mask trials) start from it, so they still give the numbers in the README.
	 */
	private static final SoundAugmentation UNMASKED = SoundAugmentation.DEFAULT.withMasks(SpectrogramMasks.NONE);

	private static final List<Variant> VARIANTS = Stream.of(
			new Variant("default", "Model Bench sound-cnn (default)", UnaryOperator.identity(), SoundAugmentation.DEFAULT),
			new Variant("longer", "sound-cnn, twice the epochs", options -> options.withEpochs(2 * options.epochs()),
					SoundAugmentation.DEFAULT),
			new Variant("plain", "sound-cnn, no augmentation", options -> options.withAugmentation(false),
					SoundAugmentation.DEFAULT),
			new Variant("channel", "sound-cnn, channel augmentation in half the variants", UnaryOperator.identity(),
					UNMASKED.withChannel(ChannelAugmentation.TRIAL)),
			new Variant("channel-quarter", "sound-cnn, channel augmentation in a quarter", UnaryOperator.identity(),
					UNMASKED.withChannel(ChannelAugmentation.TRIAL.withProbability(0.25))),
			new Variant("band", "sound-cnn, band limits only in half", UnaryOperator.identity(),
					UNMASKED.withChannel(ChannelAugmentation.TRIAL.bandLimitsOnly())),
			new Variant("mask", "sound-cnn, masks: 1 of up to 4 bands, 1 of up to 6 frames, in half",
					UnaryOperator.identity(), UNMASKED.withMasks(new SpectrogramMasks(0.5, 1, 4, 6))),
			new Variant("mask2", "sound-cnn, masks: 2 of up to 5 bands, 1 of up to 8 frames, in every variant",
					UnaryOperator.identity(), UNMASKED.withMasks(new SpectrogramMasks(1, 2, 5, 8))),
			new Variant("band2", "sound-cnn, default masks, band shift up to ±2", UnaryOperator.identity(),
					SoundAugmentation.DEFAULT.withMaxBandShift(2.0)),
			new Variant("band2.5", "sound-cnn, default masks, band shift up to ±2.5", UnaryOperator.identity(),
					SoundAugmentation.DEFAULT.withMaxBandShift(2.5)),
			new Variant("unmasked", "sound-cnn, no masks (the default before masks)", UnaryOperator.identity(), UNMASKED),
			new Variant("mask-wider", "sound-cnn, masks: 2 of up to 8 bands, 1 of up to 12 frames, in half",
					UnaryOperator.identity(), UNMASKED.withMasks(new SpectrogramMasks(0.5, 2, 8, 12))),
			new Variant("mask-channel", "sound-cnn, default masks and channel augmentation in a quarter",
					UnaryOperator.identity(), SoundAugmentation.DEFAULT.withChannel(ChannelAugmentation.TRIAL.withProbability(0.25))),
			new Variant("mask8", "sound-cnn, default masks, 8 augmented variants", UnaryOperator.identity(),
					SoundAugmentation.DEFAULT.withVariants(8)),
			new Variant("mask-1band", "sound-cnn, masks: 1 of up to 6 bands, 1 of up to 10 frames, in half",
					UnaryOperator.identity(), UNMASKED.withMasks(new SpectrogramMasks(0.5, 1, 6, 10))),
			new Variant("mask-all", "sound-cnn, default masks in every variant", UnaryOperator.identity(),
					UNMASKED.withMasks(new SpectrogramMasks(1, 2, 6, 10))),
			new Variant("mask8-channel", "sound-cnn, default masks, 8 variants, channel augmentation in a quarter",
					UnaryOperator.identity(), SoundAugmentation.DEFAULT.withVariants(8).withChannel(ChannelAugmentation.TRIAL.withProbability(0.25))))
			.filter(variant -> chosen(ONLY_MODELS, variant.key())).toList();

	/** Whether {@code name} is in the comma-separated {@code list}, or the list is unset or empty. */
	private static boolean chosen(String list, String name) {
		return list == null || list.isBlank() || List.of(list.split(",")).contains(name);
	}

	private static final String RECIPE = "Edge Impulse recipe (MFCC 13x50, Conv1D 8-16)";

	/** Live streams: a held-out sound every 2.5 s, a label every tenth of a second, 50 ms microphone chunks. */
	private static final double FIRST_ONSET = 1.5;
	private static final double SPACING = 2.5;
	private static final int CHUNK = 800;
	private static final double TARGET_LATENCY = 0.5;

	/** What the timed computations add up to, so that the JIT cannot leave them out. */
	static volatile float sink; // not private: written only, and JDT would call a private one unused

	@TempDir
	Path temp;

	@Test
	void soundBenchmark() throws Exception {
		if (DATA == null) {
			throw new IllegalStateException("Set -Dmodelbench.benchmark.sounds=DIR (see releng/benchmarks/README.md)");
		}
		List<String> rows = new ArrayList<>();
		List<String> voiceRows = new ArrayList<>();
		List<String> latencyRows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		// Per model, the real-voice tasks' runs, for the means over languages.
		Map<String, Map<Task, List<Map<String, Double>>>> voiceRuns = new LinkedHashMap<>();
		for (Task task : TASKS) {
			Path folder = Path.of(DATA, task.name());
			Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
			List<Map<String, Double>> live = new ArrayList<>();
			List<Map<String, Double>> recipeLive = new ArrayList<>();
			for (int seed = 0; seed < SEEDS; seed++) {
				SampleSet samples = importSet(folder.resolve("labelled"), 42 + seed);
				// What a new sound project trains with.
				TrainingOptions options = TrainingOptions
						.from(InitialModel.create(task.name(), TaskKind.SOUND_CLASSIFICATION).getSettings())
						.withSeed(42 + seed);
				for (Variant variant : VARIANTS) {
					boolean measureLive = task.live() && variant.key().equals("default");
					runs.computeIfAbsent(variant.label(), label -> new ArrayList<>())
							.add(soundCnn(folder, task, samples, variant.options().apply(options),
									variant.augmentation(), measureLive ? live : null));
				}
				runs.computeIfAbsent(RECIPE, label -> new ArrayList<>())
						.add(edgeImpulseRecipe(folder, task, samples, 42 + seed, task.live() ? recipeLive : null));
			}
			runs.forEach((model, modelRuns) -> {
				if (!task.live()) {
					voiceRows.add(voiceRow(task, model, modelRuns));
					voiceRuns.computeIfAbsent(model, key -> new LinkedHashMap<>()).put(task, modelRuns);
				} else {
					rows.add(row(task, model, modelRuns));
				}
			});
			notes.add(String.format(Locale.ROOT, "%s: the recipe's accuracy on its own training clips %s", task.name(),
					RunSummary.of(runs.get(RECIPE), "fitted", "%.3f")));
			if (task.live() && !live.isEmpty()) {
				latencyRows.add(latencyRow(task, "Model Bench sound-cnn (default)", live));
				latencyRows.add(latencyRow(task, "Edge Impulse recipe", recipeLive));
			}
		}
		if (!rows.isEmpty()) {
			System.out.println("| task | model | " + String.join(" | ", testColumns()) + " | train s (features) |");
			System.out.println("|---|---|" + "---|".repeat(testColumns().size()) + "---|");
			rows.forEach(System.out::println);
			System.out.println();
		}
		if (!latencyRows.isEmpty()) {
			System.out.println("| task | model | a label within 0.5 s | the right one within 0.5 s | within 1 s | median s "
					+ "| max s | background alone named a sound, % of windows | ms per window |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			latencyRows.forEach(System.out::println);
			System.out.println();
			System.out.println(featureTimes(Path.of(DATA, "words", "labelled", "train")));
			System.out.println();
		}
		if (!voiceRows.isEmpty()) {
			System.out.println("| task | model | unseen synthetic voices | real speakers | train s (features) |");
			System.out.println("|---|---|---|---|---|");
			voiceRows.forEach(System.out::println);
			voiceRuns.forEach((model, byTask) -> {
				for (boolean mixed : new boolean[] { false, true }) {
					List<Map<String, Double>> means = meansOverLanguages(byTask, mixed);
					if (!means.isEmpty()) {
						System.out.println(voiceRow(new Task(mixed ? "voices, mean of the mixed sets"
								: "voices, mean of the languages", List.of(), false), model, means));
					}
				}
			});
			System.out.println();
		}
		notes.forEach(note -> System.out.println("| note | " + note + " |"));
	}

	/**
	 * Per seed, the mean over the synthetic-only (or the mixed) real-voice tasks of each of their
	 * numbers; a number that some of them lack (unseen synthetic voices in the mixed sets) is left out.
	 */
	private static List<Map<String, Double>> meansOverLanguages(Map<Task, List<Map<String, Double>>> byTask,
			boolean mixed) {
		List<List<Map<String, Double>>> chosen = byTask.entrySet().stream()
				.filter(entry -> entry.getKey().name().endsWith("-mixed") == mixed).map(Map.Entry::getValue).toList();
		List<Map<String, Double>> means = new ArrayList<>();
		if (chosen.isEmpty()) {
			return means;
		}
		for (int seed = 0; seed < chosen.getFirst().size(); seed++) {
			Map<String, Double> mean = new LinkedHashMap<>();
			for (String key : chosen.getFirst().get(seed).keySet()) {
				int run = seed;
				if (chosen.stream().allMatch(runs -> runs.get(run).containsKey(key))) {
					mean.put(key, chosen.stream().mapToDouble(runs -> runs.get(run).get(key)).average().orElseThrow());
				}
			}
			means.add(mean);
		}
		return means;
	}

	/** Trains the default sound model with {@code options} and scores it; measures live latency into {@code live} unless null. */
	private Map<String, Double> soundCnn(Path folder, Task task, SampleSet samples, TrainingOptions options,
			SoundAugmentation augmentation, List<Map<String, Double>> live) throws Exception {
		Map<String, Double> result = new LinkedHashMap<>();
		long start = System.nanoTime();
		TrainingOutcome<TrainedModel> outcome = new SoundCnn(augmentation).train(
				new TrainingRequest(samples, options, temp.resolve("cache")), EpochListener.NONE, new NullProgressMonitor());
		result.put("train", (System.nanoTime() - start) / 1e9);
		result.put("features", outcome.report().timingsSeconds().get(SoundCnn.FEATURES_TIMING));
		try (TrainedModel model = outcome.model()) {
			for (String test : task.tests()) {
				result.put(test, ModelEvaluation.evaluate(model, testSamples(folder.resolve(test), samples),
						new NullProgressMonitor()).accuracy());
			}
			if (live != null) {
				live.add(liveLatency((SoundClassifier) model, folder));
			}
		}
		return result;
	}

	private SampleSet importSet(Path labelled, long seed) throws Exception {
		Path project = ModelProjectFolder.create(Files.createTempDirectory(temp, "project"), TaskKind.SOUND_CLASSIFICATION);
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			new DatasetImporter().importDataset(labelled, document, ImportOptions.defaults().withSeed(seed),
					new NullProgressMonitor());
			return ProjectSamples.of(document.getModel(), project);
		}
	}

	/** The clips of a test folder, labelled with the training set's classes. */
	private static List<LabeledSample> testSamples(Path folder, SampleSet samples) throws Exception {
		List<LabeledSample> test = new ArrayList<>();
		try (LabeledDataset dataset = LabeledDataset.open(folder, TaskKind.SOUND_CLASSIFICATION, ZipLimits.DEFAULT,
				new NullProgressMonitor())) {
			for (LabeledDataset.LabeledFile file : dataset.files()) {
				int label = BackgroundNoise.isAlias(file.className()) ? samples.backgroundLabel()
						: samples.classNames().indexOf(file.className());
				if (label < 0) {
					throw new IllegalStateException("no class " + file.className() + " in " + samples.classNames());
				}
				test.add(new LabeledSample(file.file(), file.relativeName(), label, Split.VALIDATION));
			}
		}
		return test;
	}

	/**
	 * The recipe on the training split (it keeps its last epoch, so it needs no validation samples);
	 * measures its live latency into {@code live} unless null.
	 */
	private static Map<String, Double> edgeImpulseRecipe(Path folder, Task task, SampleSet samples, long seed,
			List<Map<String, Double>> live) throws Exception {
		long start = System.nanoTime();
		EdgeImpulseMfcc mfcc = new EdgeImpulseMfcc();
		List<LabeledSample> training = samples.of(Split.TRAIN);
		float[][] features = new float[training.size()][];
		int[] labels = new int[training.size()];
		for (int i = 0; i < features.length; i++) {
			features[i] = mfcc.compute(SoundWindows.of(SoundSamples.read(training.get(i).file())));
			labels[i] = training.get(i).label();
		}
		double featureSeconds = (System.nanoTime() - start) / 1e9;
		EdgeImpulseConv1d network = EdgeImpulseConv1d.train(features, labels, samples.classNames().size(), seed);
		Map<String, Double> result = new LinkedHashMap<>();
		result.put("train", (System.nanoTime() - start) / 1e9);
		result.put("features", featureSeconds);
		int fitted = 0;
		for (int i = 0; i < features.length; i++) {
			fitted += network.predict(features[i]) == labels[i] ? 1 : 0;
		}
		result.put("fitted", (double) fitted / features.length);
		EdgeImpulseRecipe recipe = new EdgeImpulseRecipe(mfcc, network, samples.classNames());
		for (String test : task.tests()) {
			result.put(test, ModelEvaluation.evaluate(recipe, testSamples(folder.resolve(test), samples),
					new NullProgressMonitor()).accuracy());
		}
		if (live != null) {
			live.add(liveLatency(recipe, folder));
		}
		return result;
	}

	/**
	 * Held-out sounds (onsets/CLASS/*.wav) over the test background, fed to the live classifier as a
	 * microphone would: the latency of each is the time from its start to the end of the first window
	 * that names it, plus the time that window took to classify. Beside it, how many sounds get a
	 * label other than the background's within the target, right or wrong (how fast the model
	 * answers at all), and how often a window that holds only background is given a sound's label
	 * (what answering fast may cost).
	 */
	private static Map<String, Double> liveLatency(SoundClassifier model, Path folder) throws Exception {
		List<float[]> sounds = new ArrayList<>();
		List<Integer> classes = new ArrayList<>();
		try (Stream<Path> classFolders = Files.list(folder.resolve("onsets"))) {
			for (Path classFolder : classFolders.sorted().toList()) {
				try (Stream<Path> files = Files.list(classFolder)) {
					for (Path file : files.sorted().toList()) {
						sounds.add(SoundSamples.read(file));
						classes.add(model.classNames().indexOf(classFolder.getFileName().toString()));
					}
				}
			}
		}
		int rate = LogMelSpectrogram.SAMPLE_RATE;
		float[] stream = background(folder, (int) ((FIRST_ONSET + SPACING * sounds.size()) * rate));
		double[] onsets = new double[sounds.size()];
		for (int i = 0; i < sounds.size(); i++) {
			// Off the grid of the windows by a fifth of a hop more each time, so waiting for a window averages out.
			onsets[i] = FIRST_ONSET + SPACING * i + (i % 5) * (double) LiveSoundClassifier.DEFAULT_HOP / 5 / rate;
			int at = (int) (onsets[i] * rate);
			float[] sound = sounds.get(i);
			for (int s = 0; s < sound.length && at + s < stream.length; s++) {
				stream[at + s] += sound[s];
			}
		}
		List<double[]> labels = new ArrayList<>();
		long[] classifyNanos = new long[1];
		LiveSoundClassifier live = new LiveSoundClassifier(model, LiveSoundClassifier.DEFAULT_HOP, 1,
				(seconds, raw, smoothed) -> labels.add(new double[] { seconds, raw.classIndex() }));
		for (int from = 0; from < stream.length; from += CHUNK) {
			float[] chunk = Arrays.copyOfRange(stream, from, Math.min(stream.length, from + CHUNK));
			long start = System.nanoTime();
			live.accept(chunk, chunk.length);
			classifyNanos[0] += System.nanoTime() - start;
		}
		double secondsPerWindow = classifyNanos[0] / 1e9 / labels.size();
		int background = backgroundIndex(model.classNames());
		List<Double> latencies = new ArrayList<>();
		int answered = 0;
		for (int i = 0; i < onsets.length; i++) {
			double answer = firstLabel(labels, onsets[i], label -> label != background);
			answered += answer - onsets[i] + secondsPerWindow <= TARGET_LATENCY ? 1 : 0;
			int sound = classes.get(i);
			double named = firstLabel(labels, onsets[i], label -> label == sound);
			if (!Double.isNaN(named)) {
				latencies.add(named - onsets[i] + secondsPerWindow);
			}
		}
		latencies.sort(null);
		int quiet = 0;
		int falseAlarms = 0;
		for (double[] label : labels) {
			if (holdsNoSound(label[0], onsets, sounds)) {
				quiet++;
				falseAlarms += label[1] != background ? 1 : 0;
			}
		}
		Map<String, Double> result = new LinkedHashMap<>();
		result.put("events", (double) onsets.length);
		result.put("answered", (double) answered);
		result.put("false alarms", 100.0 * falseAlarms / quiet);
		result.put("named", (double) latencies.size());
		result.put("within", (double) latencies.stream().filter(latency -> latency <= TARGET_LATENCY).count());
		result.put("median", latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() / 2));
		result.put("max", latencies.isEmpty() ? Double.NaN : latencies.getLast());
		result.put("ms", 1000 * secondsPerWindow);
		return result;
	}

	private static String latencyRow(Task task, String model, List<Map<String, Double>> live) {
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", task.name(), model,
				RunSummary.of(live, "answered", "%.1f") + " of " + RunSummary.of(live, "events", "%.0f"),
				RunSummary.of(live, "within", "%.1f"),
				RunSummary.of(live, "named", "%.1f"), RunSummary.of(live, "median", "%.2f"),
				RunSummary.of(live, "max", "%.2f"), RunSummary.of(live, "false alarms", "%.1f"),
				RunSummary.of(live, "ms", "%.1f"));
	}

	/**
	 * When the first window that ends within a second after {@code onset} has a label that
	 * {@code wanted} accepts; NaN when none has.
	 */
	private static double firstLabel(List<double[]> labels, double onset, IntPredicate wanted) {
		for (double[] label : labels) {
			if (label[0] > onset && label[0] <= onset + 1 && wanted.test((int) label[1])) {
				return label[0];
			}
		}
		return Double.NaN;
	}

	/** Whether the second that ends at {@code end} holds none of the sounds. */
	private static boolean holdsNoSound(double end, double[] onsets, List<float[]> sounds) {
		for (int i = 0; i < onsets.length; i++) {
			double soundEnd = onsets[i] + (double) sounds.get(i).length / LogMelSpectrogram.SAMPLE_RATE;
			if (end > onsets[i] && end - 1 < soundEnd) {
				return false;
			}
		}
		return true;
	}

	private static int backgroundIndex(List<String> classNames) {
		for (int c = 0; c < classNames.size(); c++) {
			if (BackgroundNoise.isAlias(classNames.get(c))) {
				return c;
			}
		}
		throw new IllegalStateException("no background class in " + classNames);
	}

	/** The test background clips one after another, as long as needed. */
	private static float[] background(Path folder, int length) throws Exception {
		List<Path> clips = new ArrayList<>();
		for (String name : BackgroundNoise.FOLDER_ALIASES) {
			for (String test : List.of("test", "test-speakers")) {
				Path candidate = folder.resolve(test).resolve(name);
				if (Files.isDirectory(candidate)) {
					try (Stream<Path> files = Files.list(candidate)) {
						clips.addAll(files.sorted().toList());
					}
				}
			}
		}
		float[] stream = new float[length];
		for (int at = 0, i = 0; at < length; i++) {
			float[] clip = SoundSamples.read(clips.get(i % clips.size()));
			System.arraycopy(clip, 0, stream, at, Math.min(clip.length, length - at));
			at += clip.length;
		}
		return stream;
	}

	/** Milliseconds to compute the features of one second of audio, and the real-time factor. */
	private static String featureTimes(Path clips) throws Exception {
		List<float[]> windows = new ArrayList<>();
		try (Stream<Path> files = Files.walk(clips)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				windows.add(SoundWindows.of(SoundSamples.read(file)));
			}
		}
		LogMelSpectrogram logMel = new LogMelSpectrogram();
		EdgeImpulseMfcc mfcc = new EdgeImpulseMfcc();
		int repeats = 2000;
		double logMelMs = time(repeats, windows, window -> logMel.compute(window, 0));
		double mfccMs = time(repeats, windows, mfcc::compute);
		return String.format(Locale.ROOT, "| features of 1 s of audio | ms | real-time factor |%n|---|---|---|%n"
				+ "| log-mel 49x40 (Model Bench) | %.3f | %.5f |%n| MFCC 13x50 (the recipe's, plain DFT) | %.3f | %.5f |",
				logMelMs, logMelMs / 1000, mfccMs, mfccMs / 1000);
	}

	/** The mean time of one computation in ms, after as many again to warm the JIT up. */
	private static double time(int repeats, List<float[]> windows, Function<float[], float[]> features) {
		for (int i = 0; i < repeats; i++) {
			sink += features.apply(windows.get(i % windows.size()))[0];
		}
		long start = System.nanoTime();
		for (int i = 0; i < repeats; i++) {
			sink += features.apply(windows.get(i % windows.size()))[0];
		}
		return (System.nanoTime() - start) / 1e6 / repeats;
	}

	private static List<String> testColumns() {
		List<String> columns = new ArrayList<>();
		TASKS.stream().filter(Task::live).forEach(task -> task.tests().forEach(test -> columns.add(task.name() + " " + test)));
		return columns;
	}

	/** A real-voice task's row: unseen synthetic voices (where the set has them) and real speakers. */
	private static String voiceRow(Task task, String model, List<Map<String, Double>> runs) {
		String synthetic = runs.getFirst().containsKey("test-synthetic") ? RunSummary.of(runs, "test-synthetic", "%.3f")
				: "";
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s (%s) |", task.name(), model, synthetic,
				RunSummary.of(runs, "test-real", "%.3f"), RunSummary.of(runs, "train", "%.1f"),
				RunSummary.of(runs, "features", "%.1f"));
	}

	private static String row(Task task, String model, List<Map<String, Double>> runs) {
		StringBuilder row = new StringBuilder("| ").append(task.name()).append(" | ").append(model).append(" |");
		for (Task other : TASKS.stream().filter(Task::live).toList()) {
			for (String test : other.tests()) {
				row.append(' ').append(other == task ? RunSummary.of(runs, test, "%.3f") : "").append(" |");
			}
		}
		return row.append(' ').append(RunSummary.of(runs, "train", "%.1f")).append(" (")
				.append(RunSummary.of(runs, "features", "%.1f")).append(") |").toString();
	}
}
