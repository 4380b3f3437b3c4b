package dev.modelbench.capture.audio;

/**
 * Lowers the rate of a stream by a whole factor: a windowed-sinc low-pass FIR below the new Nyquist
 * frequency, then every factor-th sample. Keeps the last samples between calls, so a stream read in
 * pieces gives what one read would.
 */
public final class Decimator {

	private static final int TAPS_PER_FACTOR = 24;

	private final int factor;
	private final float[] taps;
	private final float[] history;
	/** Input samples to skip before the next output, carried over from the previous call. */
	private int phase;

	/** A decimator by {@code factor} (1 passes samples through). */
	public Decimator(int factor) {
		this.factor = factor;
		if (factor == 1) {
			taps = new float[] { 1f };
		} else {
			int length = TAPS_PER_FACTOR * factor + 1;
			taps = new float[length];
			double cutoff = 0.45 / factor; // cycles per input sample, under the output's 0.5 / factor
			double sum = 0;
			for (int i = 0; i < length; i++) {
				double t = i - (length - 1) / 2.0;
				double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
				double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1));
				taps[i] = (float) (sinc * hann);
				sum += taps[i];
			}
			for (int i = 0; i < length; i++) {
				taps[i] /= (float) sum;
			}
		}
		history = new float[taps.length - 1];
	}

	public int factor() {
		return factor;
	}

	/** Filters and decimates {@code input}; writes the output samples to {@code out} and returns their count. */
	public int process(float[] input, float[] out) {
		if (factor == 1) {
			int count = Math.min(input.length, out.length);
			System.arraycopy(input, 0, out, 0, count);
			return count;
		}
		float[] all = new float[history.length + input.length];
		System.arraycopy(history, 0, all, 0, history.length);
		System.arraycopy(input, 0, all, history.length, input.length);
		int written = 0;
		int index = phase;
		for (; index < input.length && written < out.length; index += factor) {
			double sum = 0;
			for (int t = 0; t < taps.length; t++) {
				sum += taps[t] * all[index + t];
			}
			out[written++] = (float) sum;
		}
		phase = index - input.length;
		System.arraycopy(all, all.length - history.length, history, 0, history.length);
		return written;
	}
}
