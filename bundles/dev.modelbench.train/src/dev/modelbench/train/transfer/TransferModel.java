package dev.modelbench.train.transfer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.train.image.ImageOnnxExport;
import dev.modelbench.train.internal.Messages;

/** A trained transfer model: the frozen extractor, then the head the user's samples trained. */
public final class TransferModel implements ImageClassifier {

	/** The export format: one ONNX model with the extractor and the head, plus model.yaml. */
	public static final String ONNX = ImageOnnxExport.FORMAT;

	private final FeatureExtractor extractor;
	private final SoftmaxClassifier head;

	TransferModel(FeatureExtractor extractor, SoftmaxClassifier head) {
		if (head.featureCount() != extractor.featureCount()) {
			throw new IllegalArgumentException("Head for " + head.featureCount() + " features, extractor gives " //$NON-NLS-1$ //$NON-NLS-2$
					+ extractor.featureCount());
		}
		this.extractor = extractor;
		this.head = head;
	}

	@Override
	public String kindId() {
		return TransferLearning.ID;
	}

	@Override
	public List<String> classNames() {
		return head.classNames();
	}

	/** The trained head on the extractor's features. */
	public SoftmaxClassifier head() {
		return head;
	}

	/** The frozen feature extractor. */
	public FeatureExtractor extractor() {
		return extractor;
	}

	@Override
	public String description() {
		return NLS.bind(Messages.Transfer_description, extractor.name(), head.architecture());
	}

	@Override
	public Prediction predict(BufferedImage image) {
		return head.predict(extractor.extract(image));
	}

	@Override
	public Prediction predict(Path sampleFile) throws UnreadableSampleException {
		return predict(ImageSamples.read(sampleFile));
	}

	@Override
	public Map<String, byte[]> archiveEntries() {
		return TransferLearning.entries(extractor, head);
	}

	@Override
	public List<String> exportFormats() {
		return List.of(ONNX);
	}

	@Override
	public List<Path> export(String format, Path folder, String modelName) throws IOException {
		if (!ONNX.equals(format)) {
			throw new IllegalArgumentException("Unknown export format " + format); //$NON-NLS-1$
		}
		return TransferOnnxExport.write(extractor, head, modelName, folder);
	}

	@Override
	public void close() {
		extractor.close();
	}
}
