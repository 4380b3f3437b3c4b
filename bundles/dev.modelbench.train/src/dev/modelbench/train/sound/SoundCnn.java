package dev.modelbench.train.sound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.model.Split;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.ModelKind;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnFile;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.cnn.CnnTrainer;
import dev.modelbench.train.cnn.InputStandardization;
import dev.modelbench.train.internal.Messages;

/**
 * Sound classification, the default for sound projects: a small CNN trained from scratch on the
 * log-mel spectrogram of each one-second sample (no pretrained audio model is to be had from the
 * registries), with variants that real rooms and users make: the project's own background noise
 * mixed in, time shift, gain, and the spectrogram's bands moved a little up or down.
 */
public final class SoundCnn implements ModelKind {

	/** The id of this kind in the extension registry and in saved models. */
	public static final String ID = "sound-cnn"; //$NON-NLS-1$

	/** Timing name of the feature computation in the report. */
	public static final String FEATURES_TIMING = "features"; //$NON-NLS-1$

	/** Filters of the three blocks: about 6,000 weights, small enough for a microcontroller. */
	static final int[] FILTERS = { 8, 16, 32 };

	/**
	 * The CNN's entry; named after the features it was trained on, so that a model saved before
	 * they were centred on the window's mean ({@link #UNCENTRED_ENTRY}) is told apart, not misread.
	 */
	static final String CNN_ENTRY = "cnn-centred.mbcnn"; //$NON-NLS-1$

	static final String UNCENTRED_ENTRY = "cnn.mbcnn"; //$NON-NLS-1$

	private final SoundAugmentation augmentation;

	/** The kind as projects train it, with {@link SoundAugmentation#DEFAULT}. */
	public SoundCnn() {
		this(SoundAugmentation.DEFAULT);
	}

	/** The kind with other variants, for comparing them (the sound benchmark). */
	public SoundCnn(SoundAugmentation augmentation) {
		this.augmentation = augmentation;
	}

	@Override
	public String id() {
		return ID;
	}

	/**
	 * The CNN's layers for {@code classes} classes. The pool averages over time only: with a global
	 * pool the model knew what patterns a sound had but not at which pitch, and confused speakers
	 * and instruments (in the sound benchmark, 6 seeds: unseen instruments / speakers / phrases
	 * 0.81 / 0.92 / 0.63 with the global pool, 0.86 / 0.94 / 0.70 pooling rows).
	 */
	public static CnnShape shape(int classes) {
		return new CnnShape(1, LogMelSpectrogram.FRAMES, LogMelSpectrogram.MEL_BANDS, FILTERS, classes,
				CnnShape.Pooling.ROWS);
	}

	@Override
	public TrainingOutcome<TrainedModel> train(TrainingRequest request, EpochListener listener,
			IProgressMonitor monitor) throws TrainingRefusedException {
		SampleSet set = request.samples();
		SoundSampleRules.check(set);
		set.requireTrainable();
		request.options().check(CnnTrainer.AUTO_LEARNING_RATE);
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		long start = System.nanoTime();
		Windows windows = read(set, progress.split(2));
		LogMelSpectrogram features = new LogMelSpectrogram();
		List<float[][]> variantFeatures = request.options().augmentation()
				? augmented(windows, set.backgroundLabel(), request.options().seed(), features, augmentation)
				: List.of();
		FeatureSet training = windows.training().features(features);
		FeatureSet validation = windows.validation().features(features);
		double featureSeconds = (System.nanoTime() - start) / 1e9;

		TrainingOutcome<CnnClassifier> cnn = new CnnTrainer().train(ID, shape(set.classNames().size()),
				InputStandardization.Axis.COLUMN, new CnnTrainer.Data(set.classNames(), training, variantFeatures,
						validation),
				request.options(), listener, progress.split(8));
		SoundCnnModel model = new SoundCnnModel(cnn.model(), null);
		TrainingReport report = cnn.report().describing(ID, model.description())
				.withEarlierTiming(FEATURES_TIMING, featureSeconds).withNotes(windows.notes());
		return new TrainingOutcome<>(model, report);
	}

	/** The one-second windows of the readable samples, with the skipped ones noted. */
	private record Windows(WindowSet training, WindowSet validation, List<String> notes) {
	}

	/** Windows with their labels and sample ids, in sample order. */
	private record WindowSet(List<float[]> windows, List<Integer> labels, List<String> ids) {

		WindowSet() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		FeatureSet features(LogMelSpectrogram spectrogram) {
			return new FeatureSet(SoundCnn.features(spectrogram, windows.toArray(float[][]::new)),
					labels.stream().mapToInt(Integer::intValue).toArray(), ids);
		}
	}

	private static Windows read(SampleSet set, SubMonitor monitor) {
		monitor.beginTask(Messages.Sound_reading, set.samples().size());
		WindowSet training = new WindowSet();
		WindowSet validation = new WindowSet();
		List<String> notes = new ArrayList<>();
		for (LabeledSample sample : set.samples()) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				WindowSet target = sample.split() == Split.TRAIN ? training : validation;
				target.windows().add(SoundWindows.of(SoundSamples.read(sample.file())));
				target.labels().add(sample.label());
				target.ids().add(sample.id());
			} catch (UnreadableSampleException e) {
				notes.add(NLS.bind(Messages.Transfer_skipped, sample.id(), e.reason()));
			}
			monitor.worked(1);
		}
		return new Windows(training, validation, notes);
	}

	/**
	 * The features of the variants of every training window, each drawn from a generator of the
	 * seed, variant and sample.
	 */
	private static List<float[][]> augmented(Windows windows, int backgroundLabel, long seed,
			LogMelSpectrogram spectrogram, SoundAugmentation augmentation) {
		List<float[]> training = windows.training().windows();
		List<float[]> background = new ArrayList<>();
		for (int i = 0; i < training.size(); i++) {
			if (windows.training().labels().get(i) == backgroundLabel) {
				background.add(training.get(i));
			}
		}
		List<float[][]> variants = new ArrayList<>();
		for (int v = 1; v <= augmentation.variants(); v++) {
			float[][] variant = new float[training.size()][];
			for (int i = 0; i < training.size(); i++) {
				SplittableRandom random = new SplittableRandom(seed * 1_000_003L + v * 7919L + i);
				boolean isBackground = windows.training().labels().get(i) == backgroundLabel;
				// Background noise over background noise says nothing new: only shift and gain for it.
				float[] sound = augmentation.apply(training.get(i), isBackground ? List.of() : background, random);
				variant[i] = augmentation.varyFeatures(spectrogram.compute(sound, 0), random);
			}
			variants.add(variant);
		}
		return variants;
	}

	private static float[][] features(LogMelSpectrogram spectrogram, float[][] windows) {
		float[][] features = new float[windows.length][];
		for (int i = 0; i < windows.length; i++) {
			features[i] = spectrogram.compute(windows[i], 0);
		}
		return features;
	}

	@Override
	public TrainedModel read(ModelArchive archive) throws TrainedModelException {
		if (archive.entries().containsKey(UNCENTRED_ENTRY)) {
			CnnClassifier old = CnnFile.fromBytes(archive.entry(UNCENTRED_ENTRY));
			throw new TrainedModelException(NLS.bind(Messages.Sound_otherFeatures, old.shape().describe()));
		}
		CnnClassifier cnn = CnnFile.fromBytes(archive.entry(CNN_ENTRY));
		CnnShape expected = shape(cnn.classNames().size());
		// Models saved before the pool kept the columns pooled globally; they still run as trained.
		CnnShape globallyPooled = new CnnShape(expected.channels(), expected.height(), expected.width(),
				expected.filters(), expected.classes());
		if (!cnn.shape().equals(expected) && !cnn.shape().equals(globallyPooled)) {
			throw new TrainedModelException(NLS.bind(Messages.Sound_otherFeatures, cnn.shape().describe()));
		}
		return new SoundCnnModel(cnn, archive.report().orElse(null));
	}

	/** The entries {@link #read} takes back. */
	static Map<String, byte[]> entries(CnnClassifier cnn) {
		return Map.of(CNN_ENTRY, CnnFile.toBytes(cnn));
	}
}
