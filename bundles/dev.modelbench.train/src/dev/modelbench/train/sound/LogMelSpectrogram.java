package dev.modelbench.train.sound;

/**
 * The features of one sound window: a log-mel spectrogram. Exactly what the exported ONNX model
 * computes from raw PCM (see {@link SoundFeatureGraph}), so a model runs the same anywhere:
 *
 * <ul>
 * <li>input: {@value #SAMPLE_RATE} Hz mono, -1..1, {@value #WINDOW_SAMPLES} samples (1 s);</li>
 * <li>frames of {@value #FRAME_LENGTH} samples (32 ms) every {@value #HOP} samples (20 ms), no
 * padding: {@value #FRAMES} frames; each multiplied by a periodic Hann window;</li>
 * <li>power spectrum |FFT|² of each frame, {@value #FRAME_LENGTH}/2 + 1 = 257 bins;</li>
 * <li>{@value #MEL_BANDS} triangular mel filters (HTK mel scale, 2595·log10(1 + f/700)) from
 * {@value #LOW_HZ} to {@value #HIGH_HZ} Hz, each of peak 1, on the linear bin frequencies;</li>
 * <li>natural log of each band plus {@value #LOG_OFFSET};</li>
 * <li>minus the mean of all {@value #SIZE} values of the window.</li>
 * </ul>
 *
 * The last step makes a sound's level (how near the microphone it was made) a constant the model
 * never sees; on the benchmark's unseen speakers it lifted accuracy from 0.75 ± 0.12 to
 * 0.83 ± 0.04 (releng/benchmarks/README.md).
 *
 * 49 × 40 is the shape keyword spotters on microcontrollers use (TensorFlow's micro speech), small
 * enough for a board. Values are laid out frame by frame: index = frame · {@value #MEL_BANDS} +
 * band. Thread-confined: give each thread its own instance.
 */
public final class LogMelSpectrogram {

	public static final int SAMPLE_RATE = 16_000;
	public static final int WINDOW_SAMPLES = SAMPLE_RATE;
	public static final int FRAME_LENGTH = 512;
	public static final int HOP = 320;
	public static final int FRAMES = 1 + (WINDOW_SAMPLES - FRAME_LENGTH) / HOP;
	public static final int MEL_BANDS = 40;
	public static final double LOW_HZ = 20;
	public static final double HIGH_HZ = 8000;
	public static final double LOG_OFFSET = 1e-6;

	/** Values per window: {@value #FRAMES} × {@value #MEL_BANDS}. */
	public static final int SIZE = FRAMES * MEL_BANDS;

	private static final float[] WINDOW = hann(FRAME_LENGTH);
	private static final float[][] FILTERS = melFilters();

	private final Fft fft = new Fft(FRAME_LENGTH);
	private final float[] frame = new float[FRAME_LENGTH];
	private final double[] power = new double[FRAME_LENGTH / 2 + 1];

	/** The features of the {@value #WINDOW_SAMPLES} samples of {@code audio} from {@code offset}. */
	public float[] compute(float[] audio, int offset) {
		float[] features = new float[SIZE];
		compute(audio, offset, features, 0);
		return features;
	}

	/** Writes the features of one window into {@code out} from {@code outOffset}. */
	public void compute(float[] audio, int offset, float[] out, int outOffset) {
		if (offset < 0 || offset + WINDOW_SAMPLES > audio.length) {
			throw new IllegalArgumentException("A window needs " + WINDOW_SAMPLES + " samples from " + offset); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int f = 0; f < FRAMES; f++) {
			int start = offset + f * HOP;
			for (int i = 0; i < FRAME_LENGTH; i++) {
				frame[i] = audio[start + i] * WINDOW[i];
			}
			fft.power(frame, power);
			for (int band = 0; band < MEL_BANDS; band++) {
				float[] filter = FILTERS[band];
				double energy = 0;
				for (int bin = 0; bin < filter.length; bin++) {
					if (filter[bin] != 0f) {
						energy += filter[bin] * power[bin];
					}
				}
				out[outOffset + f * MEL_BANDS + band] = (float) Math.log(energy + LOG_OFFSET);
			}
		}
		double sum = 0;
		for (int i = outOffset; i < outOffset + SIZE; i++) {
			sum += out[i];
		}
		float mean = (float) (sum / SIZE);
		for (int i = outOffset; i < outOffset + SIZE; i++) {
			out[i] -= mean;
		}
	}

	/**
	 * A copy of {@code features} with each frame's bands moved up by {@code bands} (down when
	 * negative), read linearly between bands; the edge band fills what moves in. A sound a little
	 * higher or lower, for augmentation: on the mel scale a voice's formants move about as much at
	 * every frequency.
	 */
	public static float[] shiftBands(float[] features, double bands) {
		float[] out = new float[features.length];
		for (int frame = 0; frame < features.length / MEL_BANDS; frame++) {
			int row = frame * MEL_BANDS;
			for (int band = 0; band < MEL_BANDS; band++) {
				double from = Math.max(0, Math.min(MEL_BANDS - 1, band - bands));
				int below = (int) from;
				int above = Math.min(MEL_BANDS - 1, below + 1);
				double weight = from - below;
				out[row + band] = (float) ((1 - weight) * features[row + below] + weight * features[row + above]);
			}
		}
		return out;
	}

	/** The periodic Hann window of the frames, as the graph's STFT is given it. */
	public static float[] window() {
		return WINDOW.clone();
	}

	/** The filter bank as a [bins, bands] row-major matrix, as the graph's MatMul takes it. */
	public static float[] filterMatrix() {
		int bins = FRAME_LENGTH / 2 + 1;
		float[] matrix = new float[bins * MEL_BANDS];
		for (int band = 0; band < MEL_BANDS; band++) {
			for (int bin = 0; bin < bins; bin++) {
				matrix[bin * MEL_BANDS + band] = FILTERS[band][bin];
			}
		}
		return matrix;
	}

	private static float[] hann(int length) {
		float[] window = new float[length];
		for (int i = 0; i < length; i++) {
			window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / length));
		}
		return window;
	}

	private static float[][] melFilters() {
		int bins = FRAME_LENGTH / 2 + 1;
		double lowMel = mel(LOW_HZ);
		double highMel = mel(HIGH_HZ);
		double[] edges = new double[MEL_BANDS + 2];
		for (int i = 0; i < edges.length; i++) {
			edges[i] = hertz(lowMel + (highMel - lowMel) * i / (MEL_BANDS + 1));
		}
		float[][] filters = new float[MEL_BANDS][bins];
		for (int band = 0; band < MEL_BANDS; band++) {
			double left = edges[band];
			double centre = edges[band + 1];
			double right = edges[band + 2];
			for (int bin = 0; bin < bins; bin++) {
				double hz = (double) bin * SAMPLE_RATE / FRAME_LENGTH;
				double weight = hz <= left || hz >= right ? 0 : hz <= centre ? (hz - left) / (centre - left)
						: (right - hz) / (right - centre);
				filters[band][bin] = (float) weight;
			}
		}
		return filters;
	}

	private static double mel(double hz) {
		return 2595 * Math.log10(1 + hz / 700);
	}

	private static double hertz(double mel) {
		return 700 * (Math.pow(10, mel / 2595) - 1);
	}
}
