package dev.modelbench.train.head;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.ModelBinary;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.internal.Messages;

/**
 * Saves and loads a {@link SoftmaxClassifier} exactly, as a small little-endian binary file
 * (float32 values, so a loaded head gives bit-identical probabilities):
 *
 * <pre>
 * "MBHD"  int32 version (1)
 * int32 classCount, then per class: int32 byteLength, UTF-8 name
 * int32 featureCount, float32[featureCount] mean, float32[featureCount] inverseStd
 * int32 layerCount, then per layer: int32 inputs, int32 outputs, int32 activation (0 none, 1 relu),
 *       float32[inputs * outputs] weights (row-major [inputs, outputs]), float32[outputs] bias
 * int32 CRC-32 of all bytes before it
 * </pre>
 */
public final class HeadFile {

	/** The usual file name extension. */
	public static final String EXTENSION = ".mbhead"; //$NON-NLS-1$

	private static final byte[] MAGIC = { 'M', 'B', 'H', 'D' };
	private static final int VERSION = 1;
	/** Far above any real head (20 classes × 1280 features × a hidden layer); guards against damaged sizes. */
	private static final int MAX_BYTES = 256 * 1024 * 1024;

	private HeadFile() {
	}

	/** The head as the bytes of a head file. */
	public static byte[] toBytes(SoftmaxClassifier head) {
		ModelBinary.Writer out = new ModelBinary.Writer(MAGIC, VERSION).putInt(head.classCount());
		head.classNames().forEach(out::putString);
		out.putInt(head.featureCount()).putFloats(head.standardization().mean())
				.putFloats(head.standardization().inverseStd());
		out.putInt(head.layers().size());
		for (DenseLayer layer : head.layers()) {
			out.putInt(layer.inputs()).putInt(layer.outputs()).putInt(layer.activation().ordinal());
			out.putFloats(layer.weightsView()).putFloats(layer.biasView());
		}
		return out.finish();
	}

	/** Reads a head from the bytes of a head file. */
	public static SoftmaxClassifier fromBytes(byte[] bytes) throws TrainedModelException {
		ModelBinary.Reader in = ModelBinary.Reader.open(bytes, MAGIC, VERSION, Messages.HeadFile_notAHead);
		int classCount = in.getCount(4);
		List<String> classNames = new ArrayList<>();
		for (int c = 0; c < classCount; c++) {
			classNames.add(in.getString());
		}
		int featureCount = in.getCount(8);
		FeatureStandardization standardization = new FeatureStandardization(in.getFloats(featureCount),
				in.getFloats(featureCount));
		int layerCount = in.getCount(12);
		List<DenseLayer> layers = new ArrayList<>();
		for (int l = 0; l < layerCount; l++) {
			int inputs = in.getCount(4);
			int outputs = in.getCount(4);
			int activation = in.getInt();
			if (activation < 0 || activation >= DenseLayer.Activation.values().length) {
				throw ModelBinary.damaged("bad layer " + l, null); //$NON-NLS-1$
			}
			layers.add(new DenseLayer(inputs, outputs, in.getFloats(inputs * outputs), in.getFloats(outputs),
					DenseLayer.Activation.values()[activation]));
		}
		in.finish();
		try {
			return new SoftmaxClassifier(classNames, standardization, layers);
		} catch (IllegalArgumentException e) {
			// The checksum matched, so this is a file we wrote wrongly or one made to look like ours.
			throw ModelBinary.damaged(e.getMessage(), e);
		}
	}

	/** Writes the head to a stream; the caller closes it. */
	public static void write(SoftmaxClassifier head, OutputStream out) throws IOException {
		out.write(toBytes(head));
	}

	/** Reads a head from the rest of a stream; the caller closes it. */
	public static SoftmaxClassifier read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new TrainedModelException(Messages.HeadFile_notAHead);
		}
		return fromBytes(bytes);
	}

	/** Saves the head to a file, replacing it atomically so a crash never leaves half a head. */
	public static void save(SoftmaxClassifier head, Path file) throws IOException {
		byte[] bytes = toBytes(head);
		new AtomicFileWriter().write(file, out -> out.write(bytes));
	}

	/** Loads a head saved with {@link #save}. */
	public static SoftmaxClassifier load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		} catch (TrainedModelException e) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_unreadable, file, e.getMessage()), e);
		}
	}
}
