package dev.modelbench.train.sound;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * SpecAugment-style masks over a {@link LogMelSpectrogram}: ranges of bands and of frames set to
 * the window's mean (0, as the features are centred), so that a model cannot lean on one formant or
 * one moment of a word that another speaker or microphone may not have. Each mask is drawn from the
 * given generator, so a seed repeats them.
 *
 * @param probability     how often a variant is masked at all
 * @param frequencyMasks  how many ranges of bands are masked
 * @param maxBands        a band range's width, drawn from 0 up to this
 * @param maxFrames       the one frame range's width, drawn from 0 up to this (0: no time mask)
 */
public record SpectrogramMasks(double probability, int frequencyMasks, int maxBands, int maxFrames) {

	/** No mask. */
	public static final SpectrogramMasks NONE = new SpectrogramMasks(0, 0, 0, 0);

	/**
	 * In half the variants, two ranges of up to 6 bands and one of up to 10 frames (a fifth of a
	 * second): the widest tried that lost on no set of the sound benchmark (releng/benchmarks/README.md).
	 */
	public static final SpectrogramMasks SPEECH = new SpectrogramMasks(0.5, 2, 6, 10);

	/** {@code logMel} with its masks, in place. */
	public void apply(float[] logMel, SplittableRandom random) {
		if (random.nextDouble() >= probability) {
			return;
		}
		int bands = LogMelSpectrogram.MEL_BANDS;
		int frames = logMel.length / bands;
		for (int m = 0; m < frequencyMasks; m++) {
			int width = random.nextInt(maxBands + 1);
			int first = random.nextInt(bands - width + 1);
			for (int frame = 0; frame < frames; frame++) {
				Arrays.fill(logMel, frame * bands + first, frame * bands + first + width, 0f);
			}
		}
		if (maxFrames > 0) {
			int width = random.nextInt(maxFrames + 1);
			int first = random.nextInt(frames - width + 1);
			Arrays.fill(logMel, first * bands, (first + width) * bands, 0f);
		}
	}
}
