package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.sound.SoundClipExtraction;
import dev.modelbench.train.sound.SoundClipExtraction.Clip;

class SoundClipExtractionTest {

	private static final int RATE = 16_000;

	@Test
	void backgroundNoiseGivesEveryConsecutiveSecond() {
		List<Clip> clips = SoundClipExtraction.extract(recording(20, new double[0]), true,
				SoundClipExtraction.DEFAULT_GATE_DB);

		assertEquals(20, clips.size(), "20 s of background, at least 20 samples (seed 001)");
		for (int i = 0; i < clips.size(); i++) {
			assertEquals(i * RATE, clips.get(i).start());
			assertEquals(RATE, clips.get(i).samples().length);
		}
	}

	@Test
	void eachShortSoundGivesOneSampleCentredOnIt() {
		double[] sounds = { 1.2, 4.0, 7.7, 12.1, 17.5 };

		List<Clip> clips = SoundClipExtraction.extract(recording(20, sounds), false, SoundClipExtraction.DEFAULT_GATE_DB);

		assertEquals(sounds.length, clips.size());
		for (int i = 0; i < sounds.length; i++) {
			// A 0.3 s burst from sounds[i]: its middle is 0.15 s later, the window's middle 0.5 s after its start.
			assertEquals(sounds[i] + 0.15 - 0.5, clips.get(i).startSeconds(), 0.02, "sound " + i);
			assertTrue(clips.get(i).levelDb() > -30, "the sound is in the window");
		}
	}

	@Test
	void aLongSoundIsCoveredByConsecutiveWindows() {
		float[] recording = recording(20, new double[0]);
		addTone(recording, 5.0, 3.4); // music for 3.4 s

		List<Clip> clips = SoundClipExtraction.extract(recording, false, SoundClipExtraction.DEFAULT_GATE_DB);

		assertEquals(4, clips.size());
		assertEquals(5.0, clips.getFirst().startSeconds(), 0.02);
		assertEquals(5.0 + 3.4 - 1.0, clips.getLast().startSeconds(), 0.02);
	}

	@Test
	void quietRoomNoiseUnderTheGateGivesNothing() {
		assertTrue(SoundClipExtraction.extract(recording(20, new double[0]), false, SoundClipExtraction.DEFAULT_GATE_DB)
				.isEmpty());
	}

	@Test
	void aRecordingShorterThanASecondGivesNothing() {
		assertTrue(SoundClipExtraction.extract(new float[RATE / 2], true, SoundClipExtraction.DEFAULT_GATE_DB).isEmpty());
	}

	/** Room noise at about -60 dBFS with 0.3 s tone bursts (about -9 dBFS) from each given second. */
	private static float[] recording(double seconds, double[] soundsAt) {
		Random random = new Random(11);
		float[] samples = new float[(int) (seconds * RATE)];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (float) (random.nextGaussian() * 0.001);
		}
		for (double at : soundsAt) {
			addTone(samples, at, 0.3);
		}
		return samples;
	}

	private static void addTone(float[] samples, double from, double seconds) {
		int start = (int) (from * RATE);
		for (int i = 0; i < seconds * RATE; i++) {
			samples[start + i] += (float) (0.5 * Math.sin(2 * Math.PI * 600 * i / RATE));
		}
	}
}
