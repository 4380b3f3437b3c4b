package dev.modelbench.train.imagecnn;

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
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.image.ImageOnnxExport;
import dev.modelbench.train.image.ImageTensor;
import dev.modelbench.train.internal.Messages;

/** A trained image CNN: the image scaled to 32 × 32 RGB, then the CNN. Safe to share between threads. */
public final class ImageCnnModel implements ImageClassifier {

	private final CnnClassifier cnn;

	ImageCnnModel(CnnClassifier cnn) {
		this.cnn = cnn;
	}

	@Override
	public String kindId() {
		return ImageCnn.ID;
	}

	@Override
	public List<String> classNames() {
		return cnn.classNames();
	}

	/** The CNN on the scaled images. */
	public CnnClassifier cnn() {
		return cnn;
	}

	@Override
	public String description() {
		return NLS.bind(Messages.ImageCnn_description, ImageCnn.INPUT_SIZE, cnn.shape().describe());
	}

	@Override
	public Prediction predict(BufferedImage image) {
		return cnn.predict(ImageTensor.of(image, ImageCnn.INPUT_SIZE));
	}

	@Override
	public Prediction predict(Path sampleFile) throws UnreadableSampleException {
		return predict(ImageSamples.read(sampleFile));
	}

	@Override
	public Map<String, byte[]> archiveEntries() {
		return ImageCnn.entries(cnn);
	}

	@Override
	public List<String> exportFormats() {
		return List.of(ImageOnnxExport.FORMAT);
	}

	@Override
	public List<Path> export(String format, Path folder, String modelName) throws IOException {
		if (!ImageOnnxExport.FORMAT.equals(format)) {
			throw new IllegalArgumentException("Unknown export format " + format); //$NON-NLS-1$
		}
		return ImageCnnOnnxExport.write(cnn, modelName, folder);
	}

	@Override
	public void close() {
		// nothing native to release
	}
}
