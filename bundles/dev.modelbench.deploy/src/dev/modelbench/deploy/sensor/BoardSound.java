package dev.modelbench.deploy.sensor;

/**
 * A piece of 16 kHz mono sound a board sent, its checksum right.
 *
 * @param sequence   the board's event count
 * @param samples    16-bit samples
 * @param continuous whether it follows the previous piece delivered with nothing lost between
 * @param received   when its last byte was read ({@link System#nanoTime()})
 */
public record BoardSound(long sequence, short[] samples, boolean continuous, long received) implements SensorEvent {

	/** The rate of the samples. */
	public static final int SAMPLE_RATE = 16_000;
}
