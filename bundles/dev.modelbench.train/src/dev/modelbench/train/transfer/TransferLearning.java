package dev.modelbench.train.transfer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.model.Split;
import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.ModelKind;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingData;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.head.HeadFile;
import dev.modelbench.train.head.HeadTrainer;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.train.image.ClipArtStyle;
import dev.modelbench.train.image.ImageAugmentation;
import dev.modelbench.train.image.ImageTensor;
import dev.modelbench.train.internal.Messages;

/**
 * Transfer learning, the default for images: a frozen MobileNetV2 turns each image into features
 * once (cached across runs), and only a small softmax head learns the user's classes. This is what
 * makes 20 images per class enough, and it trains in seconds.
 */
public final class TransferLearning implements ModelKind {

	/** The id of this kind in the extension registry and in saved models. */
	public static final String ID = "transfer"; //$NON-NLS-1$

	/** Timing name of the feature extraction in the report. */
	public static final String EXTRACTION_TIMING = "featureExtraction"; //$NON-NLS-1$

	/**
	 * Augmented variants per training image when augmentation is on; each costs one more extraction
	 * the first time (cached after).
	 */
	static final int AUGMENTED_COPIES = 2;

	private static final int BATCH = 16;
	private static final String EXTRACTOR_ENTRY = "extractor.properties"; //$NON-NLS-1$
	private static final String HEAD_ENTRY = "head" + HeadFile.EXTENSION; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String IDENTITY = "identity"; //$NON-NLS-1$

	/** The variant number of a training image's clip-art copy. */
	private static final int CLIP_ART = -1;

	private final Supplier<FeatureExtractor> extractors;
	private final ImageAugmentation augmentation;
	private final ClipArtStyle clipArt;

	/**
	 * The default: MobileNetV2 blocks 10 and 13 features of each image as it is and, with
	 * augmentation on, of a clip-art copy of each colour training image. Training on photos and
	 * predicting drawings (Tux Paint's stamps against Openclipart's, releng/benchmarks, 3 seeds) it
	 * scored 0.512 where block 10 alone scored 0.444 and Teachable Machine's recipe 0.410; icons by
	 * other artists 0.872 (0.890; recipe 0.730), and the grey sets, which get no copies, 0.836 and
	 * 0.929 (0.834 and 0.910). Random augmented variants are not used: they lowered accuracy on
	 * every set (Fashion-MNIST 0.838 to 0.824, digits 0.913 to 0.877, icons 0.890 to 0.812).
	 */
	public TransferLearning() {
		this(() -> FeatureExtractor.open(FeatureExtractor.DEFAULT), ImageAugmentation.NONE, ClipArtStyle.BOLD);
	}

	/**
	 * Another extractor or other augmentation, e.g. for measurements. Each run opens its own
	 * extractor, which the model it makes owns.
	 */
	public TransferLearning(Supplier<FeatureExtractor> extractors, ImageAugmentation augmentation) {
		this(extractors, augmentation, null);
	}

	/**
	 * As {@link #TransferLearning(Supplier, ImageAugmentation)}, and when {@code clipArt} is not
	 * null, also each colour training image redrawn in that style (one more extraction the first
	 * time, cached after; grey images get none).
	 */
	public TransferLearning(Supplier<FeatureExtractor> extractors, ImageAugmentation augmentation,
			ClipArtStyle clipArt) {
		this.extractors = extractors;
		this.augmentation = augmentation;
		this.clipArt = clipArt;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public TrainingOutcome<TrainedModel> train(TrainingRequest request, EpochListener listener,
			IProgressMonitor monitor) throws TrainingRefusedException {
		SampleSet set = request.samples();
		set.requireTrainable();
		// Before the features: extracting them is most of the time a refused run would cost.
		request.options().checkRanges();
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		FeatureExtractor extractor = extractors.get();
		boolean kept = false;
		try {
			long start = System.nanoTime();
			ExtractedFeatures features = extract(extractor, set, request, progress.split(7));
			double extractionSeconds = (System.nanoTime() - start) / 1e9;

			TrainingData data = new TrainingData(set.classNames(), features.training(), features.validation());
			TrainingOutcome<SoftmaxClassifier> head = new HeadTrainer().train(data, request.options(), listener,
					progress.split(3));
			TransferModel model = new TransferModel(extractor, head.model());
			List<String> notes = new ArrayList<>(features.notes());
			if (request.options().augmentation() && augmentation.isNone()) {
				notes.add(clipArt == null ? Messages.Transfer_noAugmentation : Messages.Transfer_clipArtOnly);
			}
			TrainingReport report = head.report().describing(ID, model.description())
					.withSampleCounts(features.trainingSamples(), features.validation().size())
					.withEarlierTiming(EXTRACTION_TIMING, extractionSeconds).withNotes(notes);
			kept = true;
			return new TrainingOutcome<>(model, report);
		} finally {
			if (!kept) {
				extractor.close();
			}
		}
	}

	/** The vectors to train on (with augmented variants) and how many samples they came from. */
	private record ExtractedFeatures(FeatureSet training, int trainingSamples, FeatureSet validation,
			List<String> notes) {
	}

	/** One image to extract: a sample, and which random variant of it (0 = as it is). */
	private record Item(LabeledSample sample, int variant) {
	}

	private ExtractedFeatures extract(FeatureExtractor extractor, SampleSet set, TrainingRequest request,
			SubMonitor monitor) {
		boolean augment = request.options().augmentation() && !augmentation.isNone();
		boolean redraw = request.options().augmentation() && clipArt != null;
		List<Item> items = new ArrayList<>();
		for (LabeledSample sample : set.samples()) {
			int variants = augment && sample.split() == Split.TRAIN ? 1 + AUGMENTED_COPIES : 1;
			for (int variant = 0; variant < variants; variant++) {
				items.add(new Item(sample, variant));
			}
			if (redraw && sample.split() == Split.TRAIN) {
				items.add(new Item(sample, CLIP_ART));
			}
		}
		monitor.beginTask(Messages.Transfer_extracting, items.size());
		FeatureCache cache = FeatureCache.open(request.cacheFolder(), extractor.identity(), extractor.featureCount());
		FeatureSetBuilder training = new FeatureSetBuilder();
		FeatureSetBuilder validation = new FeatureSetBuilder();
		List<String> notes = new ArrayList<>();
		try {
			List<Item> pending = new ArrayList<>();
			List<String> pendingKeys = new ArrayList<>();
			List<BufferedImage> pendingImages = new ArrayList<>();
			// Items come sample by sample, variants after their original: remember the current one.
			LabeledSample current = null;
			String contentHash = null;
			BufferedImage decoded = null;
			boolean unreadable = false;
			for (Item item : items) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				LabeledSample sample = item.sample();
				if (sample != current) {
					current = sample;
					decoded = null;
					unreadable = false;
					try {
						contentHash = FeatureExtractor.sha256(Files.readAllBytes(sample.file()));
					} catch (IOException e) {
						notes.add(NLS.bind(Messages.Transfer_skipped, sample.id(), e.getLocalizedMessage()));
						unreadable = true;
					}
				}
				if (unreadable) {
					monitor.worked(1);
					continue; // skipped, with its variants
				}
				String key = key(contentHash, item.variant(), request.options().seed());
				float[] cached = cache.get(key);
				if (cached != null) {
					(sample.split() == Split.TRAIN ? training : validation).add(cached, sample);
					monitor.worked(1);
					continue;
				}
				if (cache.isAbsent(key)) {
					monitor.worked(1);
					continue; // known from an earlier run: no need to decode the image again to find out
				}
				try {
					if (decoded == null) {
						// Reduced first: augmenting a 12-megapixel photo would take a second per variant.
						decoded = ImageTensor.reduce(ImageSamples.read(sample.file()), extractor.inputSize());
					}
				} catch (UnreadableSampleException e) {
					notes.add(NLS.bind(Messages.Transfer_skipped, sample.id(), e.reason()));
					unreadable = true;
					monitor.worked(1);
					continue;
				}
				BufferedImage image = variant(item.variant(), decoded, key);
				if (image == null) {
					cache.putAbsent(key);
					monitor.worked(1);
					continue; // a grey image: its clip-art copy would only repeat its shapes
				}
				pending.add(item);
				pendingKeys.add(key);
				pendingImages.add(image);
				if (pending.size() == BATCH) {
					flush(extractor, cache, pending, pendingKeys, pendingImages, training, validation, monitor);
				}
			}
			flush(extractor, cache, pending, pendingKeys, pendingImages, training, validation, monitor);
		} finally {
			cache.save(); // what was extracted before a cancel is not lost
		}
		return new ExtractedFeatures(training.build(), training.samples(), validation.build(), notes);
	}

	private static void flush(FeatureExtractor extractor, FeatureCache cache, List<Item> items, List<String> keys,
			List<BufferedImage> images, FeatureSetBuilder training, FeatureSetBuilder validation, SubMonitor monitor) {
		if (items.isEmpty()) {
			return;
		}
		float[][] features = extractor.extract(images);
		for (int i = 0; i < items.size(); i++) {
			cache.put(keys.get(i), features[i]);
			LabeledSample sample = items.get(i).sample();
			(sample.split() == Split.TRAIN ? training : validation).add(features[i], sample);
		}
		monitor.worked(items.size());
		items.clear();
		keys.clear();
		images.clear();
	}

	/** The image to extract for {@code variant} of {@code decoded}; null for none. */
	private BufferedImage variant(int variant, BufferedImage decoded, String key) {
		return switch (variant) {
		case 0 -> decoded;
		case CLIP_ART -> ClipArtStyle.isGrey(decoded) ? null : clipArt.apply(decoded);
		default -> augmentation.apply(decoded, random(key));
		};
	}

	/** The content hash of the file, the variant and, for a random variant, what it depends on. */
	private String key(String contentHash, int variant, long seed) {
		return switch (variant) {
		case 0 -> contentHash;
		case CLIP_ART -> contentHash + '/' + clipArt; // the same for every seed
		default -> contentHash + '/' + variant + '/' + seed + '/' + augmentation;
		};
	}

	/** A generator that depends only on the key: the same variant of the same file is always the same. */
	private static SplittableRandom random(String key) {
		byte[] hash = HexFormat.of().parseHex(FeatureExtractor.sha256(key.getBytes(StandardCharsets.UTF_8)));
		return new SplittableRandom(ByteBuffer.wrap(hash).getLong());
	}

	/** Collects feature vectors, labels and ids in sample order. */
	private static final class FeatureSetBuilder {
		private final List<float[]> features = new ArrayList<>();
		private final List<Integer> labels = new ArrayList<>();
		private final List<String> ids = new ArrayList<>();
		private final Set<String> distinct = new HashSet<>();

		void add(float[] vector, LabeledSample sample) {
			features.add(vector);
			labels.add(sample.label());
			ids.add(sample.id());
			distinct.add(sample.id());
		}

		/** The samples the vectors came from. */
		int samples() {
			return distinct.size();
		}

		FeatureSet build() {
			return new FeatureSet(features.toArray(float[][]::new), labels.stream().mapToInt(Integer::intValue).toArray(),
					ids);
		}
	}

	@Override
	public TrainedModel read(ModelArchive archive) throws TrainedModelException {
		Properties properties = new Properties();
		try {
			properties.load(new ByteArrayInputStream(archive.entry(EXTRACTOR_ENTRY)));
		} catch (IOException e) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, e.getMessage()), e);
		}
		SoftmaxClassifier head = HeadFile.fromBytes(archive.entry(HEAD_ENTRY));
		FeatureExtractor extractor;
		try {
			extractor = FeatureExtractor.open(properties.getProperty(NAME, "")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new TrainedModelException(NLS.bind(Messages.Transfer_unknownExtractor, properties.getProperty(NAME)), e);
		}
		if (!extractor.identity().equals(properties.getProperty(IDENTITY))) {
			extractor.close();
			throw new TrainedModelException(NLS.bind(Messages.Transfer_otherExtractor, properties.getProperty(IDENTITY),
					extractor.identity()));
		}
		return new TransferModel(extractor, head);
	}

	/** The entries {@link #read} takes back. */
	static Map<String, byte[]> entries(FeatureExtractor extractor, SoftmaxClassifier head) {
		Properties properties = new Properties();
		properties.setProperty(NAME, extractor.name());
		properties.setProperty(IDENTITY, extractor.identity());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			properties.store(bytes, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(EXTRACTOR_ENTRY, bytes.toByteArray());
		entries.put(HEAD_ENTRY, HeadFile.toBytes(head));
		return entries;
	}
}
