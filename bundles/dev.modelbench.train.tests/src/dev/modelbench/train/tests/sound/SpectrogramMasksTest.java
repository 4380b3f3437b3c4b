package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.sound.LogMelSpectrogram;
import dev.modelbench.train.sound.SoundAugmentation;
import dev.modelbench.train.sound.SpectrogramMasks;

class SpectrogramMasksTest {

	private static final int BANDS = LogMelSpectrogram.MEL_BANDS;
	private static final int FRAMES = LogMelSpectrogram.FRAMES;
	private static final SpectrogramMasks MASKS = new SpectrogramMasks(1, 2, 5, 8);

	@Test
	void masksZeroWholeBandsAndWholeFramesNoWiderThanAllowed() {
		int maskedBands = 0;
		int maskedFrames = 0;
		for (int seed = 0; seed < 200; seed++) {
			float[] features = ones();
			MASKS.apply(features, new SplittableRandom(seed));

			boolean[] bandZero = new boolean[BANDS];
			boolean[] frameZero = new boolean[FRAMES];
			for (int band = 0; band < BANDS; band++) {
				bandZero[band] = true;
				for (int frame = 0; frame < FRAMES; frame++) {
					bandZero[band] &= features[frame * BANDS + band] == 0;
				}
			}
			for (int frame = 0; frame < FRAMES; frame++) {
				frameZero[frame] = true;
				for (int band = 0; band < BANDS; band++) {
					frameZero[frame] &= features[frame * BANDS + band] == 0;
				}
			}
			for (int i = 0; i < features.length; i++) {
				assertTrue(features[i] == 1 || bandZero[i % BANDS] || frameZero[i / BANDS],
						"seed " + seed + ": a value zeroed outside a whole band or frame at " + i);
			}
			int bands = count(bandZero);
			int frames = count(frameZero);
			assertTrue(bands <= 2 * 5, "seed " + seed + ": " + bands + " bands masked");
			assertTrue(runs(frameZero) <= 1 && frames <= 8, "seed " + seed + ": " + frames + " frames masked");
			maskedBands += bands > 0 ? 1 : 0;
			maskedFrames += frames > 0 ? 1 : 0;
		}
		assertTrue(maskedBands > 150 && maskedFrames > 150, maskedBands + " with bands, " + maskedFrames + " with frames");
	}

	@Test
	void theSeedDrawsTheMasks() {
		SeededChanges.assertTheSeedDrawsIt(SpectrogramMasksTest::ones, MASKS::apply, 3);
	}

	@Test
	void aProbabilityOfAHalfMasksAboutHalfTheVariants() {
		SpectrogramMasks half = new SpectrogramMasks(0.5, 2, 5, 8);
		int masked = 0;
		for (int seed = 0; seed < 400; seed++) {
			float[] features = ones();
			half.apply(features, new SplittableRandom(seed));
			masked += Arrays.equals(features, ones()) ? 0 : 1;
		}
		// A masked variant may draw widths of 0 everywhere, so slightly under half is expected.
		assertEquals(190, masked, 40);
	}

	@Test
	void withoutMasksTheFeaturesAreOnlyShiftedAsBefore() {
		float[] features = SeededChanges.gaussianFeatures(5);
		SoundAugmentation unmasked = SoundAugmentation.DEFAULT.withMasks(SpectrogramMasks.NONE);
		for (int seed = 0; seed < 20; seed++) {
			assertArrayEquals(unmasked.shiftBands(features, new SplittableRandom(seed)),
					unmasked.varyFeatures(features, new SplittableRandom(seed)));
		}
	}

	private static float[] ones() {
		float[] features = new float[LogMelSpectrogram.SIZE];
		Arrays.fill(features, 1);
		return features;
	}

	private static int count(boolean[] flags) {
		int count = 0;
		for (boolean flag : flags) {
			count += flag ? 1 : 0;
		}
		return count;
	}

	/** How many separate runs of true {@code flags} holds. */
	private static int runs(boolean[] flags) {
		int runs = 0;
		for (int i = 0; i < flags.length; i++) {
			runs += flags[i] && (i == 0 || !flags[i - 1]) ? 1 : 0;
		}
		return runs;
	}
}
