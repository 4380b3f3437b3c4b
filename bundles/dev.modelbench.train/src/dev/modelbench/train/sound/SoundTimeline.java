package dev.modelbench.train.sound;

import java.util.ArrayList;
import java.util.List;

import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;

/**
 * What a model hears in a long sound, window by window: a one-second window every half second (as
 * the live classifier's slowest hop, so a sound is named within half a second of starting), and a
 * last one ending at the sound's end so its tail is heard too. A sound too short for two windows
 * (under 1.5 s) is one sample, classified as training sees it: the window {@link SoundWindows#of}
 * makes of it.
 */
public final class SoundTimeline {

	/** Half a second between window starts. */
	public static final int HOP = SoundWindows.LENGTH / 2;

	/**
	 * One window's prediction.
	 *
	 * @param start where the window starts in the sound, in samples
	 */
	public record Window(int start, Prediction prediction) {

		/** Where the window starts, in seconds. */
		public double startSeconds() {
			return (double) start / LogMelSpectrogram.SAMPLE_RATE;
		}
	}

	private SoundTimeline() {
	}

	/** Whether {@code audio} (16 kHz) is long enough for two windows, 1.5 s or more. */
	public static boolean isLong(float[] audio) {
		return audio.length >= SoundWindows.LENGTH + HOP;
	}

	/** The predictions of {@code audio}'s windows, in order. */
	public static List<Window> classify(SoundClassifier model, float[] audio) {
		List<Window> windows = new ArrayList<>();
		if (!isLong(audio)) {
			windows.add(new Window(0, model.predict(SoundWindows.of(audio))));
			return windows;
		}
		for (int start : starts(audio.length)) {
			windows.add(new Window(start, model.predict(SoundWindows.at(audio, start))));
		}
		return windows;
	}

	/** Every {@link #HOP}, then one ending at {@code length} when the last whole window stops short of it. */
	static List<Integer> starts(int length) {
		List<Integer> starts = new ArrayList<>(SoundWindows.starts(length, HOP));
		int end = length - SoundWindows.LENGTH;
		if (starts.getLast() < end) {
			starts.add(end);
		}
		return starts;
	}
}
