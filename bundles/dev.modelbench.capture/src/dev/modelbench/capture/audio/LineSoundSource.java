package dev.modelbench.capture.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.sound.sampled.TargetDataLine;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.capture.internal.Messages;

/**
 * A started javax.sound line of 16-bit mono PCM at 16 kHz times {@code factor}, delivering 16 kHz
 * samples: decimated by a low-pass FIR when the device records faster.
 */
final class LineSoundSource implements SoundSource {

	private final String name;
	private final TargetDataLine line;
	private final Decimator decimator;
	private byte[] bytes = new byte[0];

	LineSoundSource(String name, TargetDataLine line, int factor) {
		this.name = name;
		this.line = line;
		this.decimator = new Decimator(factor);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int read(float[] buffer) throws CaptureException {
		if (!line.isOpen()) {
			return -1;
		}
		int wanted = 2 * buffer.length * decimator.factor();
		if (bytes.length != wanted) {
			bytes = new byte[wanted];
		}
		// Blocks until the whole request is there: at most buffer.length / 16 kHz seconds.
		int read = line.read(bytes, 0, wanted - wanted % 2);
		if (read <= 0) {
			if (!line.isOpen()) {
				return -1;
			}
			throw new CaptureException(NLS.bind(Messages.Microphone_stopped, name));
		}
		ByteBuffer pcm = ByteBuffer.wrap(bytes, 0, read).order(ByteOrder.LITTLE_ENDIAN);
		float[] raw = new float[read / 2];
		for (int i = 0; i < raw.length; i++) {
			raw[i] = pcm.getShort() / 32768f;
		}
		return decimator.process(raw, buffer);
	}

	@Override
	public void close() {
		line.stop();
		line.close();
	}
}
