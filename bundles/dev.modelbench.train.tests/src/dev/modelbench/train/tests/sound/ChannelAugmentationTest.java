package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.sound.ChannelAugmentation;

class ChannelAugmentationTest {

	private static final int RATE = 16_000;

	/** Always a telephone: 300 to 3400 Hz, nothing else. */
	private static final ChannelAugmentation TELEPHONE = new ChannelAugmentation(1, 3400, 3400, 300, 300, 0, 0, 0.1, 0);

	@Test
	void aTelephoneBandRemovesTheEnergyOutsideItsBand() {
		float[] noise = whiteNoise(1);
		float[] line = noise.clone();

		TELEPHONE.apply(line, new SplittableRandom(3));

		double inBand = band(line, 600, 3000) / band(noise, 600, 3000);
		assertEquals(1, inBand, 0.25, "the band passes");
		assertTrue(band(line, 5000, 8000) / band(noise, 5000, 8000) < 0.001, "above 5 kHz at least 30 dB down");
		assertTrue(band(line, 20, 100) / band(noise, 20, 100) < 0.05, "below 100 Hz at least 13 dB down");
	}

	@Test
	void aChangedChainComesInTheGivenShareOfVariantsAndTheRestAreUntouched() {
		ChannelAugmentation half = new ChannelAugmentation(0.5, 3400, 3400, 300, 300, 0, 0, 0.1, 0);
		int changed = 0;
		for (int seed = 0; seed < 200; seed++) {
			float[] noise = whiteNoise(seed);
			float[] variant = noise.clone();
			half.apply(variant, new SplittableRandom(seed));
			changed += Arrays.equals(noise, variant) ? 0 : 1;
		}
		assertEquals(100, changed, 25);
	}

	@Test
	void theSameSeedGivesTheSameChainAndAnotherSeedAnother() {
		ChannelAugmentation always = new ChannelAugmentation(1, 3000, 8000, 50, 400, 6, 1, 0.5, 1);

		SeededChanges.assertTheSeedDrawsIt(() -> whiteNoise(5), always::apply, 11);
	}

	@Test
	void aRoomLeavesADecayingTailAfterAClick() {
		ChannelAugmentation room = new ChannelAugmentation(1, 8000, 8000, 20, 20, 0, 1, 0.5, 0);
		float[] click = new float[RATE];
		click[1000] = 0.5f;

		room.apply(click, new SplittableRandom(2));

		double early = energy(click, 1100, 1100 + RATE / 20);
		double late = energy(click, 1000 + RATE / 4, 1000 + RATE / 4 + RATE / 20);
		assertTrue(early > 1e-4, "a tail: " + early);
		assertTrue(late < early / 4, "that falls: " + early + " then " + late);
	}

	@Test
	void theBandLimitsAloneAddNoRoomAndChangeEveryVariantWhenAlwaysOn() {
		ChannelAugmentation bandOnly = ChannelAugmentation.TRIAL.withProbability(1).bandLimitsOnly();
		for (int seed = 0; seed < 20; seed++) {
			float[] click = new float[RATE];
			click[1000] = 0.5f;

			bandOnly.apply(click, new SplittableRandom(seed));

			assertTrue(click[1000] < 0.5f, "seed " + seed + ": filtered");
			assertTrue(energy(click, 1000 + RATE / 10, RATE) < 1e-8, "seed " + seed + ": no tail after 0.1 s");
		}
	}

	@Test
	void telephoneCodingAddsNoiseThatFollowsTheLevel() {
		ChannelAugmentation codec = new ChannelAugmentation(1, 8000, 8000, 20, 20, 0, 0, 0.1, 1);
		ChannelAugmentation sameWithoutCodec = new ChannelAugmentation(1, 8000, 8000, 20, 20, 0, 0, 0.1, 0);
		for (double level : new double[] { 0.5, 0.005 }) {
			float[] tone = new float[RATE];
			for (int i = 0; i < tone.length; i++) {
				tone[i] = (float) (level * Math.sin(2 * Math.PI * 440 * i / RATE));
			}
			float[] coded = tone.clone();

			codec.apply(coded, new SplittableRandom(1));
			sameWithoutCodec.apply(tone, new SplittableRandom(1));

			double error = 0;
			for (int i = 0; i < tone.length; i++) {
				error += Math.pow(coded[i] - tone[i], 2);
			}
			double snr = 10 * Math.log10(energy(tone, 0, RATE) / error);
			assertTrue(snr > 25 && snr < 45, "level " + level + ": " + snr + " dB, about 35 dB at any level");
		}
	}

	private static float[] whiteNoise(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		float[] noise = new float[RATE];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (float) (0.1 * (random.nextDouble() - 0.5));
		}
		return noise;
	}

	private static double energy(float[] samples, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += samples[i] * samples[i];
		}
		return sum;
	}

	/** The energy of {@code samples} between two frequencies, by a plain DFT of the middle half second. */
	private static double band(float[] samples, double fromHz, double toHz) {
		int n = RATE / 2;
		int offset = RATE / 4;
		double sum = 0;
		for (int k = (int) Math.ceil(fromHz * n / RATE); k <= (int) (toHz * n / RATE); k++) {
			double re = 0;
			double im = 0;
			for (int i = 0; i < n; i++) {
				double angle = 2 * Math.PI * k * i / n;
				re += samples[offset + i] * Math.cos(angle);
				im -= samples[offset + i] * Math.sin(angle);
			}
			sum += re * re + im * im;
		}
		return sum;
	}
}
