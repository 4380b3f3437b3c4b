package dev.modelbench.train.sound;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;

/**
 * Classifies a live stream continuously: the last second, every hop (at most half a second, since a
 * sound waits up to a hop for the window that can name it), with optional smoothing over the last few
 * windows so the label does not flicker. Feed it samples as they come; it calls the listener on
 * the feeding thread.
 */
public final class LiveSoundClassifier {

	/**
	 * The default hop: a new label ten times a second. A sound waits for the next window to end, up to
	 * one hop, before it can be named; a window costs about a millisecond to classify, so ten a second
	 * take about 1 % of a core (in the sound benchmark, two more sounds of 19 instruments and of 20
	 * words were named within half a second than with a quarter-second hop).
	 */
	public static final int DEFAULT_HOP = SoundWindows.LENGTH / 10;

	/** Hears each classified window. */
	@FunctionalInterface
	public interface Listener {

		/**
		 * @param seconds  where the window ends in the stream
		 * @param raw      the window's own prediction
		 * @param smoothed the mean of the last windows' probabilities (the raw one without smoothing)
		 */
		void classified(double seconds, Prediction raw, Prediction smoothed);
	}

	private final SoundClassifier model;
	private final int hop;
	private final int smoothing;
	private final Listener listener;
	private final float[] window = new float[SoundWindows.LENGTH];
	private final Deque<float[]> recent = new ArrayDeque<>();
	private long received;
	private int sinceLast;

	/**
	 * @param hop       samples between two classified windows, 1 to 8000 (half a second)
	 * @param smoothing windows averaged, 1 for none
	 */
	public LiveSoundClassifier(SoundClassifier model, int hop, int smoothing, Listener listener) {
		if (hop < 1 || hop > SoundWindows.LENGTH / 2 || smoothing < 1) {
			throw new IllegalArgumentException("hop " + hop + ", smoothing " + smoothing); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.model = model;
		this.hop = hop;
		this.smoothing = smoothing;
		this.listener = listener;
	}

	/** Takes the next {@code count} samples of the stream, classifying every window they complete. */
	public void accept(float[] samples, int count) {
		for (int i = 0; i < count; i++) {
			// A sliding window: shifting per sample would cost a second's copy each time, so shift per hop.
			window[(int) (received % SoundWindows.LENGTH)] = samples[i];
			received++;
			sinceLast++;
			if (received >= SoundWindows.LENGTH && sinceLast >= hop) {
				sinceLast = 0;
				classifyWindow();
			}
		}
	}

	private void classifyWindow() {
		// The ring holds the last second; unroll it oldest first.
		int oldest = (int) (received % SoundWindows.LENGTH);
		float[] ordered = new float[SoundWindows.LENGTH];
		System.arraycopy(window, oldest, ordered, 0, SoundWindows.LENGTH - oldest);
		System.arraycopy(window, 0, ordered, SoundWindows.LENGTH - oldest, oldest);
		Prediction raw = model.predict(ordered);
		recent.addLast(raw.probabilities());
		if (recent.size() > smoothing) {
			recent.removeFirst();
		}
		listener.classified((double) received / LogMelSpectrogram.SAMPLE_RATE, raw, smoothed(raw));
	}

	private Prediction smoothed(Prediction raw) {
		if (recent.size() == 1) {
			return raw;
		}
		float[] mean = new float[raw.probabilities().length];
		for (float[] probabilities : recent) {
			for (int c = 0; c < mean.length; c++) {
				mean[c] += probabilities[c] / recent.size();
			}
		}
		int best = 0;
		for (int c = 1; c < mean.length; c++) {
			if (mean[c] > mean[best]) {
				best = c;
			}
		}
		return new Prediction(best, model.classNames().get(best), mean[best], mean);
	}
}
