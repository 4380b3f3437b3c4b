package dev.modelbench.train.tests.benchmark;

/**
 * The MFCC block of Edge Impulse's default audio recipe, with its defaults: pre-emphasis 0.98,
 * frames of 0.02 s every 0.02 s (50 a second), FFT length 256 (as speechpy's rfft, a frame's first
 * 256 samples), 32 mel filters from 300 Hz to 8 kHz, 13 cepstral coefficients (DCT-II, orthonormal),
 * and cepstral mean normalisation over a 101-frame window, which covers the whole second. Output:
 * 50 frames × 13 coefficients, frame by frame. The DFT is a plain table lookup, not an FFT: its
 * time is not Edge Impulse's.
 */
final class EdgeImpulseMfcc {

	static final int FRAMES = 50;
	static final int COEFFICIENTS = 13;
	static final int SIZE = FRAMES * COEFFICIENTS;

	private static final int RATE = 16_000;
	private static final int FRAME = 320;
	private static final int FFT = 256;
	private static final int BINS = FFT / 2 + 1;
	private static final int FILTERS = 32;
	private static final double LOW_HZ = 300;
	private static final double PRE_EMPHASIS = 0.98;

	private final float[] cos = new float[BINS * FFT];
	private final float[] sin = new float[BINS * FFT];
	private final float[][] filters = new float[FILTERS][BINS];
	private final float[][] dct = new float[COEFFICIENTS][FILTERS];

	EdgeImpulseMfcc() {
		for (int k = 0; k < BINS; k++) {
			for (int n = 0; n < FFT; n++) {
				cos[k * FFT + n] = (float) Math.cos(2 * Math.PI * k * n / FFT);
				sin[k * FFT + n] = (float) Math.sin(2 * Math.PI * k * n / FFT);
			}
		}
		double lowMel = mel(LOW_HZ);
		double highMel = mel(RATE / 2.0);
		int[] edges = new int[FILTERS + 2];
		for (int i = 0; i < edges.length; i++) {
			double hz = 700 * (Math.pow(10, (lowMel + (highMel - lowMel) * i / (FILTERS + 1)) / 2595) - 1);
			edges[i] = (int) Math.floor((FFT + 1) * hz / RATE);
		}
		for (int f = 0; f < FILTERS; f++) {
			for (int k = edges[f]; k < edges[f + 1]; k++) {
				filters[f][k] = (float) (k - edges[f]) / Math.max(1, edges[f + 1] - edges[f]);
			}
			for (int k = edges[f + 1]; k <= edges[f + 2] && k < BINS; k++) {
				filters[f][k] = (float) (edges[f + 2] - k) / Math.max(1, edges[f + 2] - edges[f + 1]);
			}
		}
		for (int c = 0; c < COEFFICIENTS; c++) {
			double scale = Math.sqrt((c == 0 ? 1.0 : 2.0) / FILTERS);
			for (int f = 0; f < FILTERS; f++) {
				dct[c][f] = (float) (scale * Math.cos(Math.PI * c * (2 * f + 1) / (2.0 * FILTERS)));
			}
		}
	}

	private static double mel(double hz) {
		return 2595 * Math.log10(1 + hz / 700);
	}

	/** The features of one second (16,000 samples). */
	float[] compute(float[] window) {
		float[] emphasised = new float[window.length];
		emphasised[0] = window[0];
		for (int i = 1; i < window.length; i++) {
			emphasised[i] = (float) (window[i] - PRE_EMPHASIS * window[i - 1]);
		}
		float[] out = new float[SIZE];
		float[] power = new float[BINS];
		float[] logEnergies = new float[FILTERS];
		for (int t = 0; t < FRAMES; t++) {
			int from = t * FRAME;
			for (int k = 0; k < BINS; k++) {
				float re = 0;
				float im = 0;
				int row = k * FFT;
				for (int n = 0; n < FFT; n++) {
					float x = emphasised[from + n];
					re += x * cos[row + n];
					im -= x * sin[row + n];
				}
				power[k] = (re * re + im * im) / FFT;
			}
			for (int f = 0; f < FILTERS; f++) {
				float energy = 0;
				for (int k = 0; k < BINS; k++) {
					energy += filters[f][k] * power[k];
				}
				logEnergies[f] = (float) Math.log(Math.max(energy, 1e-30f));
			}
			for (int c = 0; c < COEFFICIENTS; c++) {
				float sum = 0;
				for (int f = 0; f < FILTERS; f++) {
					sum += dct[c][f] * logEnergies[f];
				}
				out[t * COEFFICIENTS + c] = sum;
			}
		}
		for (int c = 0; c < COEFFICIENTS; c++) {
			float mean = 0;
			for (int t = 0; t < FRAMES; t++) {
				mean += out[t * COEFFICIENTS + c] / FRAMES;
			}
			for (int t = 0; t < FRAMES; t++) {
				out[t * COEFFICIENTS + c] -= mean;
			}
		}
		return out;
	}
}
