package dev.modelbench.train.head;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.persistence.AtomicFileWriter;
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
		List<byte[]> names = head.classNames().stream().map(name -> name.getBytes(StandardCharsets.UTF_8)).toList();
		int size = MAGIC.length + 4 + 4 + 4 + 8 * head.featureCount() + 4 + 4;
		for (byte[] name : names) {
			size += 4 + name.length;
		}
		for (DenseLayer layer : head.layers()) {
			size += 12 + 4 * (layer.inputs() * layer.outputs() + layer.outputs());
		}
		ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(MAGIC).putInt(VERSION).putInt(names.size());
		for (byte[] name : names) {
			buffer.putInt(name.length).put(name);
		}
		buffer.putInt(head.featureCount());
		putFloats(buffer, head.standardization().mean());
		putFloats(buffer, head.standardization().inverseStd());
		buffer.putInt(head.layers().size());
		for (DenseLayer layer : head.layers()) {
			buffer.putInt(layer.inputs()).putInt(layer.outputs()).putInt(layer.activation().ordinal());
			putFloats(buffer, layer.weightsView());
			putFloats(buffer, layer.biasView());
		}
		CRC32 crc = new CRC32();
		crc.update(buffer.array(), 0, buffer.position());
		buffer.putInt((int) crc.getValue());
		return buffer.array();
	}

	/** Reads a head from the bytes of a head file. */
	public static SoftmaxClassifier fromBytes(byte[] bytes) throws HeadFileException {
		if (bytes.length < MAGIC.length + 8 || !startsWithMagic(bytes)) {
			throw new HeadFileException(Messages.HeadFile_notAHead);
		}
		// Every format version ends with the checksum, so damage is told apart from a newer format.
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, bytes.length - 4);
		if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()) {
			throw damaged("checksum mismatch", null); //$NON-NLS-1$
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, bytes.length - 4).order(ByteOrder.LITTLE_ENDIAN);
		buffer.position(MAGIC.length);
		int version = buffer.getInt();
		if (version > VERSION) {
			throw new HeadFileException(NLS.bind(Messages.HeadFile_newerFormat, version));
		}
		if (version != VERSION) {
			throw damaged("version " + version, null); //$NON-NLS-1$
		}
		try {
			int classCount = count(buffer, 1);
			List<String> classNames = new ArrayList<>();
			for (int c = 0; c < classCount; c++) {
				byte[] name = new byte[count(buffer, 1)];
				buffer.get(name);
				classNames.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(name)).toString());
			}
			int featureCount = count(buffer, 8);
			FeatureStandardization standardization = new FeatureStandardization(getFloats(buffer, featureCount),
					getFloats(buffer, featureCount));
			int layerCount = count(buffer, 12);
			List<DenseLayer> layers = new ArrayList<>();
			for (int l = 0; l < layerCount; l++) {
				int inputs = count(buffer, 4);
				int outputs = count(buffer, 4);
				int activation = buffer.getInt();
				if (activation < 0 || activation >= DenseLayer.Activation.values().length
						|| (long) inputs * outputs * 4 > buffer.remaining()) {
					throw damaged("bad layer " + l, null); //$NON-NLS-1$
				}
				layers.add(new DenseLayer(inputs, outputs, getFloats(buffer, inputs * outputs),
						getFloats(buffer, outputs), DenseLayer.Activation.values()[activation]));
			}
			if (buffer.hasRemaining()) {
				throw damaged("unexpected length", null); //$NON-NLS-1$
			}
			return new SoftmaxClassifier(classNames, standardization, layers);
		} catch (BufferUnderflowException | CharacterCodingException | IllegalArgumentException e) {
			// The checksum matched, so this is a file we wrote wrongly or one made to look like ours.
			throw damaged(e.toString(), e);
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
			throw new HeadFileException(Messages.HeadFile_notAHead);
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
		} catch (HeadFileException e) {
			throw new HeadFileException(NLS.bind(Messages.HeadFile_unreadable, file, e.getMessage()), e);
		}
	}

	private static boolean startsWithMagic(byte[] bytes) {
		for (int i = 0; i < MAGIC.length; i++) {
			if (bytes[i] != MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	/** A non-negative count whose items (of at least {@code bytesEach}) fit in what is left. */
	private static int count(ByteBuffer buffer, int bytesEach) throws HeadFileException {
		int count = buffer.getInt();
		if (count < 0 || (long) count * bytesEach > buffer.remaining()) {
			throw damaged("bad count " + count, null); //$NON-NLS-1$
		}
		return count;
	}

	private static HeadFileException damaged(String detail, Throwable cause) {
		return new HeadFileException(NLS.bind(Messages.HeadFile_damaged, detail), cause);
	}

	private static void putFloats(ByteBuffer buffer, float[] values) {
		for (float value : values) {
			buffer.putFloat(value);
		}
	}

	private static float[] getFloats(ByteBuffer buffer, int count) {
		float[] values = new float[count];
		buffer.asFloatBuffer().get(values);
		buffer.position(buffer.position() + 4 * count);
		return values;
	}
}
