package dev.modelbench.core.sample;

/**
 * Changes the sample rate of a sound with a windowed-sinc low-pass interpolator: every output
 * sample is a Hann-windowed sinc sum of the input around its instant, with the cut-off below the
 * lower of the two Nyquist frequencies so that a 48 kHz recording does not alias into 16 kHz.
 */
final class Resampler {

	/** Zero crossings of the sinc on each side: a sharp enough edge for speech and music features. */
	private static final int HALF_WIDTH = 16;
	/** Cut-off as a fraction of the lower Nyquist frequency; the window's transition band lies above it. */
	private static final double CUTOFF = 0.9;

	private Resampler() {
	}

	static float[] resample(float[] input, double fromRate, double toRate) {
		if (Math.abs(fromRate - toRate) < 1e-6) {
			return input;
		}
		double ratio = toRate / fromRate;
		int outputLength = (int) Math.floor(input.length * ratio);
		float[] output = new float[outputLength];
		// Cut-off in cycles per input sample; when downsampling the filter widens by 1/ratio.
		double cutoff = 0.5 * CUTOFF * Math.min(1, ratio);
		double reach = HALF_WIDTH / (2 * cutoff);
		for (int n = 0; n < outputLength; n++) {
			double centre = n / ratio;
			int first = (int) Math.ceil(centre - reach);
			int last = (int) Math.floor(centre + reach);
			double sum = 0;
			double weights = 0;
			for (int k = Math.max(0, first); k <= Math.min(input.length - 1, last); k++) {
				double t = k - centre;
				double weight = 2 * cutoff * sinc(2 * cutoff * t) * (0.5 + 0.5 * Math.cos(Math.PI * t / reach));
				sum += input[k] * weight;
				weights += weight;
			}
			// Normalised so that a constant stays a constant, also at the edges where the window is cut.
			output[n] = weights == 0 ? 0f : (float) (sum / weights);
		}
		return output;
	}

	private static double sinc(double x) {
		return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
	}
}
