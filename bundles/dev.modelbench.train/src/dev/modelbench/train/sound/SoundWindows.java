package dev.modelbench.train.sound;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sounds into the one-second windows models take. A clip of another length gives the window
 * a model sees of it: its loudest second, or the clip centred in silence when it is shorter.
 */
public final class SoundWindows {

	/** The window every sound model classifies: one second at 16 kHz. */
	public static final int LENGTH = LogMelSpectrogram.WINDOW_SAMPLES;

	/** Energy is measured in 10 ms steps when looking for the loudest second. */
	static final int STEP = 160;

	private SoundWindows() {
	}

	/** The second of {@code clip} a model is trained on and predicts: see the class comment. */
	public static float[] of(float[] clip) {
		if (clip.length == LENGTH) {
			return clip;
		}
		float[] window = new float[LENGTH];
		if (clip.length < LENGTH) {
			System.arraycopy(clip, 0, window, (LENGTH - clip.length) / 2, clip.length);
			return window;
		}
		System.arraycopy(clip, loudestStart(clip), window, 0, LENGTH);
		return window;
	}

	/** Where the second with the most energy starts, in {@link #STEP}s (the earliest on ties). */
	static int loudestStart(float[] audio) {
		double[] prefix = new double[audio.length + 1];
		for (int i = 0; i < audio.length; i++) {
			prefix[i + 1] = prefix[i] + (double) audio[i] * audio[i];
		}
		int best = 0;
		double bestEnergy = -1;
		for (int start = 0; start + LENGTH <= audio.length; start += STEP) {
			double energy = prefix[start + LENGTH] - prefix[start];
			if (energy > bestEnergy) {
				bestEnergy = energy;
				best = start;
			}
		}
		return best;
	}

	/** The start of every window of a long sound, one every {@code hop} samples; a short one gives one. */
	public static List<Integer> starts(int length, int hop) {
		List<Integer> starts = new ArrayList<>();
		for (int start = 0; start + LENGTH <= length; start += hop) {
			starts.add(start);
		}
		if (starts.isEmpty()) {
			starts.add(0);
		}
		return starts;
	}

	/** The window of {@code audio} from {@code start}, padded with silence past its end. */
	public static float[] at(float[] audio, int start) {
		float[] window = new float[LENGTH];
		System.arraycopy(audio, start, window, 0, Math.max(0, Math.min(LENGTH, audio.length - start)));
		return window;
	}

	/** The root-mean-square level of {@code samples} in dB relative to full scale (-inf for silence). */
	public static double levelDb(float[] samples, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += (double) samples[i] * samples[i];
		}
		return 10 * Math.log10(sum / Math.max(1, to - from));
	}
}
