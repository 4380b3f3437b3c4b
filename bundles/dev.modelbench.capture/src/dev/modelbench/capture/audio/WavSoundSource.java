package dev.modelbench.capture.audio;

import java.nio.file.Path;

import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;

/**
 * A WAV file played as if it came from a microphone: at its real pace or as fast as it is read.
 * For trying a model on a recording and for tests, where no microphone exists.
 */
public final class WavSoundSource implements SoundSource {

	private final String name;
	private final float[] samples;
	private final boolean realTime;
	private int position;
	private long startNanos = -1;

	private WavSoundSource(String name, float[] samples, boolean realTime) {
		this.name = name;
		this.samples = samples;
		this.realTime = realTime;
	}

	/**
	 * The sound of {@code file}, converted to 16 kHz mono.
	 *
	 * @param realTime whether {@link #read} waits as long as the sound would take to record
	 */
	public static WavSoundSource of(Path file, boolean realTime) throws UnreadableSampleException {
		return new WavSoundSource(file.getFileName().toString(), SoundSamples.read(file), realTime);
	}

	/** Samples already at 16 kHz, e.g. a generated test sound. */
	public static WavSoundSource of(String name, float[] samples, boolean realTime) {
		return new WavSoundSource(name, samples.clone(), realTime);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int read(float[] buffer) {
		if (position >= samples.length) {
			return -1;
		}
		int count = Math.min(buffer.length, samples.length - position);
		if (realTime) {
			waitUntil(position + count);
		}
		System.arraycopy(samples, position, buffer, 0, count);
		position += count;
		return count;
	}

	/** Sleeps until the sample {@code end} would have been recorded. */
	private void waitUntil(int end) {
		if (startNanos < 0) {
			startNanos = System.nanoTime();
		}
		long due = startNanos + (long) (end * 1e9 / SAMPLE_RATE);
		long wait = due - System.nanoTime();
		if (wait > 0) {
			try {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		position = samples.length;
	}
}
