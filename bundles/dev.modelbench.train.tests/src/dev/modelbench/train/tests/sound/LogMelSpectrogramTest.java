package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.tests.fixtures.WavFiles;
import dev.modelbench.train.sound.LogMelSpectrogram;

class LogMelSpectrogramTest {

	@Test
	void aToneLightsTheBandOfItsFrequencyInEveryFrame() {
		float[] tone = WavFiles.tone(1000, 0.5, 1, 16_000, 1)[0];

		float[] features = new LogMelSpectrogram().compute(tone, 0);

		assertEquals(LogMelSpectrogram.FRAMES * LogMelSpectrogram.MEL_BANDS, features.length);
		int expected = bandOf(1000);
		for (int frame = 0; frame < LogMelSpectrogram.FRAMES; frame++) {
			int loudest = 0;
			for (int band = 1; band < LogMelSpectrogram.MEL_BANDS; band++) {
				if (features[frame * LogMelSpectrogram.MEL_BANDS + band] > features[frame * LogMelSpectrogram.MEL_BANDS
						+ loudest]) {
					loudest = band;
				}
			}
			assertEquals(expected, loudest, 1, "frame " + frame);
		}
	}

	@Test
	void silenceIsZeroEverywhere() {
		float[] features = new LogMelSpectrogram().compute(new float[16_000], 0);

		for (float value : features) {
			assertEquals(0, value, 1e-5);
		}
	}

	@Test
	void theLevelOfASoundDoesNotChangeItsFeatures() {
		// Noise, so that every band lies far above the log's offset at both levels.
		SplittableRandom random = new SplittableRandom(7);
		float[] loud = new float[16_000];
		for (int i = 0; i < loud.length; i++) {
			loud[i] = (float) (0.5 * (2 * random.nextDouble() - 1));
		}
		float[] soft = loud.clone();
		for (int i = 0; i < soft.length; i++) {
			soft[i] *= 0.1f;
		}

		float[] loudFeatures = new LogMelSpectrogram().compute(loud, 0);
		float[] softFeatures = new LogMelSpectrogram().compute(soft, 0);

		for (int i = 0; i < loudFeatures.length; i++) {
			assertEquals(loudFeatures[i], softFeatures[i], 1e-3, "value " + i);
		}
	}

	@Test
	void fortyNineFramesOfFortyBands() {
		assertEquals(49, LogMelSpectrogram.FRAMES);
		assertEquals(40, LogMelSpectrogram.MEL_BANDS);
	}

	@Test
	void shiftingTheBandsMovesEveryFrameAndRepeatsTheEdge() {
		float[] features = SeededChanges.gaussianFeatures(3);
		int bands = LogMelSpectrogram.MEL_BANDS;

		float[] up = LogMelSpectrogram.shiftBands(features, 1);
		float[] halfDown = LogMelSpectrogram.shiftBands(features, -0.5);

		assertArrayEquals(features, LogMelSpectrogram.shiftBands(features, 0));
		for (int frame = 0; frame < LogMelSpectrogram.FRAMES; frame++) {
			int row = frame * bands;
			assertEquals(features[row], up[row], "frame " + frame + ": the lowest band stays");
			for (int band = 1; band < bands; band++) {
				assertEquals(features[row + band - 1], up[row + band], 1e-6, "frame " + frame + " band " + band);
			}
			for (int band = 0; band < bands - 1; band++) {
				assertEquals((features[row + band] + features[row + band + 1]) / 2, halfDown[row + band], 1e-6);
			}
			assertEquals(features[row + bands - 1], halfDown[row + bands - 1], "frame " + frame + ": the highest band stays");
		}
	}

	/** The band whose centre frequency is nearest {@code hertz}, from the filter matrix. */
	private static int bandOf(double hertz) {
		float[] matrix = LogMelSpectrogram.filterMatrix();
		int bin = (int) Math.round(hertz * LogMelSpectrogram.FRAME_LENGTH / LogMelSpectrogram.SAMPLE_RATE);
		int best = 0;
		for (int band = 1; band < LogMelSpectrogram.MEL_BANDS; band++) {
			if (matrix[bin * LogMelSpectrogram.MEL_BANDS + band] > matrix[bin * LogMelSpectrogram.MEL_BANDS + best]) {
				best = band;
			}
		}
		return best;
	}
}
