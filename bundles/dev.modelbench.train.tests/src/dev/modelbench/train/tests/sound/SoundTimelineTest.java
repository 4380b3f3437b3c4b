package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.sound.SoundTimeline;
import dev.modelbench.train.sound.SoundWindows;

class SoundTimelineTest {

	private static final int RATE = 16_000;

	@Test
	void aLongSoundIsHeardEveryHalfSecondAndOnceMoreAtItsEnd() {
		float[] sound = toneBetween(3.3, 2.0, 2.4);

		List<SoundTimeline.Window> windows = SoundTimeline.classify(new LoudOrQuiet(), sound);

		assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.3),
				windows.stream().map(window -> Math.round(window.startSeconds() * 100) / 100.0).toList());
		assertEquals(List.of("quiet", "quiet", "quiet", "loud", "loud", "loud"),
				windows.stream().map(window -> window.prediction().label()).toList());
	}

	@Test
	void aSoundEndingOnTheHalfSecondGetsNoExtraWindow() {
		assertEquals(List.of(0, 8_000), SoundTimeline.classify(new LoudOrQuiet(), new float[24_000]).stream()
				.map(SoundTimeline.Window::start).toList());
	}

	@Test
	void aSoundTooShortForTwoWindowsIsOneSampleHeardAtItsLoudestSecond() {
		float[] clip = toneBetween(1.4, 1.1, 1.3);

		List<SoundTimeline.Window> windows = SoundTimeline.classify(new LoudOrQuiet(), clip);

		assertEquals(1, windows.size());
		assertEquals(0, windows.getFirst().start());
		assertEquals("loud", windows.getFirst().prediction().label(), "the loudest second holds the tone");
	}

	/** Silence with a tone from {@code from} to {@code to} seconds. */
	private static float[] toneBetween(double seconds, double from, double to) {
		float[] sound = new float[(int) Math.round(seconds * RATE)];
		for (int i = (int) (from * RATE); i < to * RATE; i++) {
			sound[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / RATE));
		}
		return sound;
	}

	/** Says "loud" for a window with any sound in it. */
	private static final class LoudOrQuiet implements SoundClassifier {

		@Override
		public Prediction predict(float[] window) {
			assertEquals(SoundWindows.LENGTH, window.length);
			double level = SoundWindows.levelDb(window, 0, window.length);
			int label = level > -40 ? 1 : 0;
			return new Prediction(label, classNames().get(label), 1f, new float[] { 1 - label, label });
		}

		@Override
		public String kindId() {
			return "loud-or-quiet";
		}

		@Override
		public List<String> classNames() {
			return List.of("quiet", "loud");
		}

		@Override
		public String description() {
			return kindId();
		}

		@Override
		public Prediction predict(Path sampleFile) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<String, byte[]> archiveEntries() {
			return Map.of();
		}

		@Override
		public List<String> exportFormats() {
			return List.of();
		}

		@Override
		public List<Path> export(String format, Path folder, String modelName) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void close() {
			// nothing held
		}
	}
}
