package dev.modelbench.train;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.internal.Messages;

/**
 * The framing of Model Bench's small binary model files: a four-letter magic, an int32 format
 * version, the content, and an int32 CRC-32 of everything before it; little-endian. Values are
 * float32, so a file loaded back gives bit-identical results. Damage is told apart from a newer
 * format because every version ends with the checksum.
 */
public final class ModelBinary {

	private ModelBinary() {
	}

	/** Builds the bytes of one file. */
	public static final class Writer {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

		/** Starts a file of this magic and version. */
		public Writer(byte[] magic, int version) {
			bytes.writeBytes(magic);
			putInt(version);
		}

		public Writer putInt(int value) {
			scratch.clear();
			bytes.write(scratch.putInt(value).array(), 0, 4);
			return this;
		}

		public Writer putFloat(float value) {
			scratch.clear();
			bytes.write(scratch.putFloat(value).array(), 0, 4);
			return this;
		}

		/** The values, without their count (write it first where the reader cannot know it). */
		public Writer putFloats(float[] values) {
			ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
			buffer.asFloatBuffer().put(values);
			bytes.writeBytes(buffer.array());
			return this;
		}

		/** Its UTF-8 length, then its bytes. */
		public Writer putString(String value) {
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			putInt(utf8.length);
			bytes.writeBytes(utf8);
			return this;
		}

		/** The file's bytes, the checksum appended. */
		public byte[] finish() {
			byte[] content = bytes.toByteArray();
			CRC32 crc = new CRC32();
			crc.update(content);
			ByteBuffer file = ByteBuffer.allocate(content.length + 4).order(ByteOrder.LITTLE_ENDIAN);
			return file.put(content).putInt((int) crc.getValue()).array();
		}
	}

	/** Reads one file, refusing a damaged one with a message for the user. */
	public static final class Reader {

		private final ByteBuffer buffer;
		private final int version;

		private Reader(ByteBuffer buffer, int version) {
			this.buffer = buffer;
			this.version = version;
		}

		/**
		 * Opens {@code bytes} as a file of {@code magic} in format {@code version}.
		 *
		 * @param notThisKind the message when the bytes are not such a file at all
		 * @throws TrainedModelException when they are not, are damaged, or are of a newer format
		 */
		public static Reader open(byte[] bytes, byte[] magic, int version, String notThisKind)
				throws TrainedModelException {
			return open(bytes, magic, version, version, notThisKind);
		}

		/**
		 * Opens {@code bytes} as a file of {@code magic} in any format from {@code oldest} to
		 * {@code newest}; {@link #version()} tells which.
		 *
		 * @param notThisKind the message when the bytes are not such a file at all
		 * @throws TrainedModelException when they are not, are damaged, or are of a newer format
		 */
		public static Reader open(byte[] bytes, byte[] magic, int oldest, int newest, String notThisKind)
				throws TrainedModelException {
			if (bytes.length < magic.length + 8 || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
				throw new TrainedModelException(notThisKind);
			}
			CRC32 crc = new CRC32();
			crc.update(bytes, 0, bytes.length - 4);
			if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN)
					.getInt()) {
				throw damaged("checksum mismatch", null); //$NON-NLS-1$
			}
			ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, bytes.length - 4).order(ByteOrder.LITTLE_ENDIAN);
			buffer.position(magic.length);
			int found = buffer.getInt();
			if (found > newest) {
				throw new TrainedModelException(NLS.bind(Messages.ModelArchive_newerFormat, found));
			}
			if (found < oldest) {
				throw damaged("version " + found, null); //$NON-NLS-1$
			}
			return new Reader(buffer, found);
		}

		/** The format version of the file. */
		public int version() {
			return version;
		}

		public int getInt() throws TrainedModelException {
			try {
				return buffer.getInt();
			} catch (BufferUnderflowException e) {
				throw damaged("too short", e); //$NON-NLS-1$
			}
		}

		public float getFloat() throws TrainedModelException {
			try {
				return buffer.getFloat();
			} catch (BufferUnderflowException e) {
				throw damaged("too short", e); //$NON-NLS-1$
			}
		}

		/** A non-negative count whose items, each at least {@code bytesEach} long, fit in what is left. */
		public int getCount(int bytesEach) throws TrainedModelException {
			int count = getInt();
			if (count < 0 || (long) count * bytesEach > buffer.remaining()) {
				throw damaged("bad count " + count, null); //$NON-NLS-1$
			}
			return count;
		}

		public float[] getFloats(int count) throws TrainedModelException {
			if (count < 0 || 4L * count > buffer.remaining()) {
				throw damaged("bad length " + count, null); //$NON-NLS-1$
			}
			float[] values = new float[count];
			buffer.asFloatBuffer().get(values);
			buffer.position(buffer.position() + 4 * count);
			return values;
		}

		public String getString() throws TrainedModelException {
			byte[] utf8 = new byte[getCount(1)];
			buffer.get(utf8);
			try {
				return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(utf8)).toString();
			} catch (CharacterCodingException e) {
				throw damaged("bad text", e); //$NON-NLS-1$
			}
		}

		/** Checks that nothing is left over. */
		public void finish() throws TrainedModelException {
			if (buffer.hasRemaining()) {
				throw damaged("unexpected length", null); //$NON-NLS-1$
			}
		}
	}

	/** The file is damaged; {@code detail} says how, for the curious. */
	public static TrainedModelException damaged(String detail, Throwable cause) {
		return new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, detail), cause);
	}
}
