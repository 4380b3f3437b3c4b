package dev.modelbench.train.sound;

/**
 * A second-order IIR filter (the Audio EQ Cookbook's low-pass, high-pass and high shelf), for
 * imitating microphones and lines in {@link ChannelAugmentation}.
 */
final class Biquad {

	private final double b0;
	private final double b1;
	private final double b2;
	private final double a1;
	private final double a2;

	private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
		this.b0 = b0 / a0;
		this.b1 = b1 / a0;
		this.b2 = b2 / a0;
		this.a1 = a1 / a0;
		this.a2 = a2 / a0;
	}

	/** Butterworth low-pass (Q 1/√2) at {@code hertz}. */
	static Biquad lowPass(double hertz, int sampleRate) {
		double w = 2 * Math.PI * hertz / sampleRate;
		double cos = Math.cos(w);
		double alpha = Math.sin(w) / Math.sqrt(2);
		return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
	}

	/** Butterworth high-pass (Q 1/√2) at {@code hertz}. */
	static Biquad highPass(double hertz, int sampleRate) {
		double w = 2 * Math.PI * hertz / sampleRate;
		double cos = Math.cos(w);
		double alpha = Math.sin(w) / Math.sqrt(2);
		return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
	}

	/** Raises (or, when negative, lowers) everything above about {@code hertz} by {@code db}. */
	static Biquad highShelf(double hertz, double db, int sampleRate) {
		double a = Math.pow(10, db / 40);
		double w = 2 * Math.PI * hertz / sampleRate;
		double cos = Math.cos(w);
		double root = 2 * Math.sqrt(a) * Math.sin(w) / Math.sqrt(2); // shelf slope 1
		return new Biquad(a * ((a + 1) + (a - 1) * cos + root), -2 * a * ((a - 1) + (a + 1) * cos),
				a * ((a + 1) + (a - 1) * cos - root), (a + 1) - (a - 1) * cos + root, 2 * ((a - 1) - (a + 1) * cos),
				(a + 1) - (a - 1) * cos - root);
	}

	/** Filters {@code samples} in place, from silence. */
	void filter(float[] samples) {
		double x1 = 0;
		double x2 = 0;
		double y1 = 0;
		double y2 = 0;
		for (int i = 0; i < samples.length; i++) {
			double x = samples[i];
			double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
			x2 = x1;
			x1 = x;
			y2 = y1;
			y1 = y;
			samples[i] = (float) y;
		}
	}
}
