package dev.modelbench.core.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/**
 * Reads sound samples the way training and prediction hear them: any WAV Model Bench accepts
 * (PCM 8, 16, 24 or 32 bit, float, mu-law or A-law; any rate; mono or stereo) as mono float
 * samples in -1..1 at {@value #SAMPLE_RATE} Hz; and writes clips as 16-bit PCM WAV at that rate.
 */
public final class SoundSamples {

	/** The rate every sound pipeline works at. */
	public static final int SAMPLE_RATE = 16_000;

	/** Longer files are refused: a sound sample is a clip or a recording of a few minutes at most. */
	public static final double MAX_SECONDS = 15 * 60;

	/** The data size a streaming recorder leaves in the header: the largest a RIFF chunk can say. */
	private static final long STREAMED_DATA_SIZE = 0xFFFF_FFFFL;

	private SoundSamples() {
	}

	/** Whether a file of this name is a sound sample, judged by its extension. */
	public static boolean accepts(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".wav"); //$NON-NLS-1$
	}

	/**
	 * Decodes {@code file} to mono at {@value #SAMPLE_RATE} Hz (channels averaged).
	 *
	 * @throws UnreadableSampleException when it is no WAV, of an encoding not supported, cut off,
	 *                                   empty, or longer than {@link #MAX_SECONDS}
	 */
	public static float[] read(Path file) throws UnreadableSampleException {
		try {
			if (AudioSystem.getAudioFileFormat(file.toFile()).getType() != AudioFileFormat.Type.WAVE) {
				throw new UnreadableSampleException(file, Messages.Decode_notWav);
			}
			try (AudioInputStream audio = AudioSystem.getAudioInputStream(file.toFile())) {
				return decode(file, audio);
			}
		} catch (UnsupportedAudioFileException e) {
			throw new UnreadableSampleException(file, Messages.Decode_notWav, e);
		} catch (IOException | IllegalArgumentException e) {
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_damagedAudio,
					e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName()), e);
		}
	}

	private static float[] decode(Path file, AudioInputStream audio) throws IOException, UnreadableSampleException {
		AudioFormat format = audio.getFormat();
		if (format.getEncoding() == AudioFormat.Encoding.ULAW || format.getEncoding() == AudioFormat.Encoding.ALAW) {
			// javax.sound converts these companded encodings itself.
			AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
			return decode(file, AudioSystem.getAudioInputStream(pcm, audio));
		}
		SampleCodec codec = SampleCodec.of(format);
		if (codec == null) {
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_unsupportedAudio, format.getEncoding(),
					format.getSampleSizeInBits()));
		}
		int channels = format.getChannels();
		int frameSize = format.getFrameSize();
		if (!(format.getSampleRate() > 0) || channels <= 0 || frameSize <= 0) {
			// Else a rate of 0 would make every file "too long" below.
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_badAudioHeader,
					Math.round(format.getSampleRate()), channels));
		}
		long maxBytes = (long) (MAX_SECONDS * format.getSampleRate()) * frameSize;
		byte[] bytes = audio.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + frameSize));
		if (bytes.length > maxBytes) {
			throw new UnreadableSampleException(file, NLS.bind(Messages.Decode_audioTooLong, (int) (MAX_SECONDS / 60)));
		}
		long frames = audio.getFrameLength();
		if (frames != AudioSystem.NOT_SPECIFIED && !isStreamed(frames, frameSize) && bytes.length < frames * frameSize) {
			// The header promises more audio than the file holds: cut off while copying.
			throw new UnreadableSampleException(file, Messages.Decode_truncatedAudio);
		}
		int count = bytes.length / frameSize;
		if (count == 0) {
			throw new UnreadableSampleException(file, Messages.Decode_noAudio);
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		float[] mono = new float[count];
		for (int i = 0; i < count; i++) {
			float sum = 0;
			for (int c = 0; c < channels; c++) {
				sum += codec.decode(buffer, i * frameSize + c * (format.getSampleSizeInBits() / 8));
			}
			mono[i] = sum / channels;
		}
		return Resampler.resample(mono, format.getSampleRate(), SAMPLE_RATE);
	}

	/**
	 * Whether the header's data size is 0xFFFFFFFF, what recorders write while streaming because the
	 * length is not known yet; such a file is read to its end, not taken as cut off.
	 */
	private static boolean isStreamed(long frames, int frameSize) {
		return frames == STREAMED_DATA_SIZE / frameSize || frames == Integer.MAX_VALUE;
	}

	/** The linear PCM and float sample encodings, each decoding one sample at a byte offset to -1..1. */
	private enum SampleCodec {
		UNSIGNED_8 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return ((buffer.get(at) & 0xFF) - 128) / 128f;
			}
		},
		SIGNED_8 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return buffer.get(at) / 128f;
			}
		},
		SIGNED_16 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return buffer.getShort(at) / 32768f;
			}
		},
		SIGNED_24 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				boolean big = buffer.order() == ByteOrder.BIG_ENDIAN;
				int b0 = buffer.get(at) & 0xFF;
				int b1 = buffer.get(at + 1) & 0xFF;
				int b2 = buffer.get(at + 2);
				int value = big ? (b0 << 24 >> 8) | (b1 << 8) | (b2 & 0xFF) : (b2 << 16) | (b1 << 8) | b0;
				return value / 8388608f;
			}
		},
		SIGNED_32 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return (float) (buffer.getInt(at) / 2147483648.0);
			}
		},
		FLOAT_32 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return clip(buffer.getFloat(at));
			}
		},
		FLOAT_64 {
			@Override
			float decode(ByteBuffer buffer, int at) {
				return clip((float) buffer.getDouble(at));
			}
		};

		abstract float decode(ByteBuffer buffer, int at);

		static SampleCodec of(AudioFormat format) {
			int bits = format.getSampleSizeInBits();
			AudioFormat.Encoding encoding = format.getEncoding();
			if (encoding == AudioFormat.Encoding.PCM_UNSIGNED && bits == 8) {
				return UNSIGNED_8;
			}
			if (encoding == AudioFormat.Encoding.PCM_SIGNED) {
				return switch (bits) {
					case 8 -> SIGNED_8;
					case 16 -> SIGNED_16;
					case 24 -> SIGNED_24;
					case 32 -> SIGNED_32;
					default -> null;
				};
			}
			if (encoding == AudioFormat.Encoding.PCM_FLOAT) {
				return bits == 32 ? FLOAT_32 : bits == 64 ? FLOAT_64 : null;
			}
			return null;
		}

		private static float clip(float value) {
			return Float.isNaN(value) ? 0f : Math.max(-1f, Math.min(1f, value));
		}
	}

	/** Writes mono samples at {@value #SAMPLE_RATE} Hz as a 16-bit PCM WAV to a stream. */
	public static void writeWav(float[] samples, OutputStream out) throws IOException {
		byte[] pcm = new byte[2 * samples.length];
		ByteBuffer buffer = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
		for (float sample : samples) {
			buffer.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * 32767f));
		}
		AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
		try (InputStream in = new ByteArrayInputStream(pcm);
				AudioInputStream audio = new AudioInputStream(in, format, samples.length)) {
			AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
		}
	}
}
