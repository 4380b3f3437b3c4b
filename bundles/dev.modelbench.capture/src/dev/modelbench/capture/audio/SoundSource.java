package dev.modelbench.capture.audio;

/**
 * A live source of 16 kHz mono sound in -1..1: a microphone, or a WAV file played as if it were one.
 * Read from one thread; close it to release the device.
 */
public interface SoundSource extends AutoCloseable {

	/** The sample rate of what {@link #read} delivers. */
	int SAMPLE_RATE = 16_000;

	/** What to call the source in messages, e.g. the microphone's name. */
	String name();

	/**
	 * Reads up to {@code buffer.length} samples, blocking until at least one is available.
	 *
	 * @return the number of samples read, or -1 when the source has ended
	 * @throws CaptureException when the device fails (e.g. it was unplugged)
	 */
	int read(float[] buffer) throws CaptureException;

	@Override
	void close();
}
