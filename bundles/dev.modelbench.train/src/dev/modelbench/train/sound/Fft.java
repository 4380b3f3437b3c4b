package dev.modelbench.train.sound;

/**
 * The power spectrum of real frames of one power-of-two length, by an in-place radix-2 FFT with
 * precomputed twiddles and bit reversal. One instance per thread: it keeps its work arrays.
 */
final class Fft {

	private final int size;
	private final int[] reversed;
	private final double[] cos;
	private final double[] sin;
	private final double[] real;
	private final double[] imaginary;

	Fft(int size) {
		if (Integer.bitCount(size) != 1) {
			throw new IllegalArgumentException("FFT size must be a power of two: " + size); //$NON-NLS-1$
		}
		this.size = size;
		int bits = Integer.numberOfTrailingZeros(size);
		reversed = new int[size];
		for (int i = 0; i < size; i++) {
			reversed[i] = Integer.reverse(i) >>> (32 - bits);
		}
		cos = new double[size / 2];
		sin = new double[size / 2];
		for (int i = 0; i < size / 2; i++) {
			cos[i] = Math.cos(-2 * Math.PI * i / size);
			sin[i] = Math.sin(-2 * Math.PI * i / size);
		}
		real = new double[size];
		imaginary = new double[size];
	}

	/** |X[k]|² for k = 0 .. size/2 of {@code frame} (length {@code size}) written to {@code power}. */
	void power(float[] frame, double[] power) {
		for (int i = 0; i < size; i++) {
			real[reversed[i]] = frame[i];
			imaginary[i] = 0;
		}
		for (int length = 2; length <= size; length <<= 1) {
			int half = length >> 1;
			int step = size / length;
			for (int start = 0; start < size; start += length) {
				for (int k = 0; k < half; k++) {
					double wr = cos[k * step];
					double wi = sin[k * step];
					int a = start + k;
					int b = a + half;
					double tr = wr * real[b] - wi * imaginary[b];
					double ti = wr * imaginary[b] + wi * real[b];
					real[b] = real[a] - tr;
					imaginary[b] = imaginary[a] - ti;
					real[a] += tr;
					imaginary[a] += ti;
				}
			}
		}
		for (int k = 0; k <= size / 2; k++) {
			power[k] = real[k] * real[k] + imaginary[k] * imaginary[k];
		}
	}
}
