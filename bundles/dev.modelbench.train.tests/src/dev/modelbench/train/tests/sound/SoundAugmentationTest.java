package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.sound.LogMelSpectrogram;
import dev.modelbench.train.sound.SoundAugmentation;

class SoundAugmentationTest {

	private static final int CLICK = 8000;

	@Test
	void aSoundMovesByAtMostTheShiftAndChangesLevelByAtMostTheGain() {
		for (int seed = 0; seed < 100; seed++) {
			float[] variant = SoundAugmentation.DEFAULT.apply(click(), List.of(), new SplittableRandom(seed));

			int at = loudest(variant);
			assertTrue(Math.abs(at - CLICK) <= 0.25 * 16_000, "seed " + seed + ": click at " + at);
			double db = 20 * Math.log10(variant[at] / 0.5);
			assertTrue(Math.abs(db) <= 6 + 1e-3, "seed " + seed + ": " + db + " dB");
		}
	}

	@Test
	void halfTheVariantsHearTheRoomAndNoneWithoutBackgroundSamples() {
		float[] room = new float[16_000];
		Arrays.fill(room, 0.01f);
		int mixed = 0;
		for (int seed = 0; seed < 400; seed++) {
			float[] variant = SoundAugmentation.DEFAULT.apply(new float[16_000], List.of(room), new SplittableRandom(seed));
			if (variant[0] != 0) {
				assertTrue(variant[0] >= 0.005f - 1e-6 && variant[0] <= 0.015f + 1e-6, "at 0.5 to 1.5 times: " + variant[0]);
				mixed++;
			}
			assertEquals(0, SoundAugmentation.DEFAULT.apply(new float[16_000], List.of(), new SplittableRandom(seed))[0]);
		}
		assertEquals(200, mixed, 40);
	}

	@Test
	void theSameSeedGivesTheSameVariant() {
		float[] room = new float[16_000];
		SplittableRandom hiss = new SplittableRandom(1);
		for (int i = 0; i < room.length; i++) {
			room[i] = (float) (hiss.nextDouble() - 0.5) / 50;
		}

		assertArrayEquals(SoundAugmentation.DEFAULT.apply(click(), List.of(room), new SplittableRandom(7)),
				SoundAugmentation.DEFAULT.apply(click(), List.of(room), new SplittableRandom(7)));
	}

	@Test
	void bandsMoveByAtMostTheBandShiftUpAndDown() {
		// Every band's value is its number, so the value read at a band tells how far it moved.
		float[] ramp = new float[LogMelSpectrogram.SIZE];
		for (int i = 0; i < ramp.length; i++) {
			ramp[i] = i % LogMelSpectrogram.MEL_BANDS;
		}
		int band = LogMelSpectrogram.MEL_BANDS / 2;
		int up = 0;
		int down = 0;
		for (int seed = 0; seed < 200; seed++) {
			float[] shifted = SoundAugmentation.DEFAULT.shiftBands(ramp, new SplittableRandom(seed));

			double moved = band - shifted[band];
			assertTrue(Math.abs(moved) <= 1.5 + 1e-6, "seed " + seed + ": moved " + moved);
			assertEquals(shifted[band], shifted[3 * LogMelSpectrogram.MEL_BANDS + band], "every frame alike");
			up += moved > 0.5 ? 1 : 0;
			down += moved < -0.5 ? 1 : 0;
		}
		assertTrue(up > 50 && down > 50, up + " up, " + down + " down");
	}

	private static float[] click() {
		float[] window = new float[16_000];
		window[CLICK] = 0.5f;
		return window;
	}

	private static int loudest(float[] window) {
		int loudest = 0;
		for (int i = 1; i < window.length; i++) {
			if (Math.abs(window[i]) > Math.abs(window[loudest])) {
				loudest = i;
			}
		}
		return loudest;
	}
}
