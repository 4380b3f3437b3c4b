package dev.modelbench.train.sound;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts one-second samples from a recording (seed 001: "record 20 seconds, then Extract"). For
 * the background-noise class every consecutive second is a sample. For other classes an energy gate
 * finds the sounds: 10 ms frames at or above the gate make a sound, gaps under 200 ms join two, and
 * sounds shorter than 50 ms (clicks) are dropped; a sound up to a second long gets one window
 * centred on it, a longer one is tiled with as few windows as cover it; a window overlapping the
 * previous one by more than half is not taken, so samples are nearly independent.
 */
public final class SoundClipExtraction {

	/** The default gate: the level of quiet speech a metre from a laptop microphone. */
	public static final double DEFAULT_GATE_DB = -40;

	private static final int FRAME = SoundWindows.STEP;
	private static final int JOIN_GAP_FRAMES = 20;
	private static final int MIN_SOUND_FRAMES = 5;

	/**
	 * One extracted sample.
	 *
	 * @param start   where it starts in the recording, in samples
	 * @param samples its {@link SoundWindows#LENGTH} samples
	 * @param levelDb its RMS level in dBFS
	 */
	public record Clip(int start, float[] samples, double levelDb) {

		/** Where it starts in the recording, in seconds. */
		public double startSeconds() {
			return (double) start / LogMelSpectrogram.SAMPLE_RATE;
		}
	}

	private SoundClipExtraction() {
	}

	/**
	 * The samples of {@code recording} (16 kHz mono).
	 *
	 * @param background whether they are for the background-noise class (every second is taken)
	 * @param gateDb     the level in dBFS at or above which a 10 ms frame counts as sound
	 */
	public static List<Clip> extract(float[] recording, boolean background, double gateDb) {
		List<Clip> clips = new ArrayList<>();
		if (recording.length < SoundWindows.LENGTH) {
			return clips; // not a second of anything
		}
		if (background) {
			for (int start : SoundWindows.starts(recording.length, SoundWindows.LENGTH)) {
				clips.add(clip(recording, start));
			}
			return clips;
		}
		int previousStart = -SoundWindows.LENGTH;
		for (int[] sound : sounds(recording, gateDb)) {
			for (int start : windowsOver(sound[0] * FRAME, sound[1] * FRAME, recording.length)) {
				if (start - previousStart >= SoundWindows.LENGTH / 2) {
					clips.add(clip(recording, start));
					previousStart = start;
				}
			}
		}
		return clips;
	}

	/** Sounds as [first frame, end frame) pairs, in order. */
	private static List<int[]> sounds(float[] recording, double gateDb) {
		int frames = recording.length / FRAME;
		List<int[]> sounds = new ArrayList<>();
		int start = -1;
		int lastLoud = -1;
		for (int f = 0; f < frames; f++) {
			boolean loud = SoundWindows.levelDb(recording, f * FRAME, (f + 1) * FRAME) >= gateDb;
			if (loud) {
				if (start < 0) {
					start = f;
				} else if (f - lastLoud > JOIN_GAP_FRAMES) {
					addIfLongEnough(sounds, start, lastLoud + 1);
					start = f;
				}
				lastLoud = f;
			}
		}
		if (start >= 0) {
			addIfLongEnough(sounds, start, lastLoud + 1);
		}
		return sounds;
	}

	private static void addIfLongEnough(List<int[]> sounds, int start, int end) {
		if (end - start >= MIN_SOUND_FRAMES) {
			sounds.add(new int[] { start, end });
		}
	}

	/** Window starts covering [from, to) in samples, each within the recording. */
	private static List<Integer> windowsOver(int from, int to, int length) {
		int span = to - from;
		int last = length - SoundWindows.LENGTH;
		List<Integer> starts = new ArrayList<>();
		if (span <= SoundWindows.LENGTH) {
			starts.add(clamp(from + span / 2 - SoundWindows.LENGTH / 2, last));
			return starts;
		}
		int count = (span + SoundWindows.LENGTH - 1) / SoundWindows.LENGTH;
		for (int i = 0; i < count; i++) {
			starts.add(clamp(from + (int) ((long) (span - SoundWindows.LENGTH) * i / (count - 1)), last));
		}
		return starts;
	}

	private static int clamp(int start, int last) {
		return Math.max(0, Math.min(start, last));
	}

	private static Clip clip(float[] recording, int start) {
		float[] samples = SoundWindows.at(recording, start);
		return new Clip(start, samples, SoundWindows.levelDb(samples, 0, samples.length));
	}
}
