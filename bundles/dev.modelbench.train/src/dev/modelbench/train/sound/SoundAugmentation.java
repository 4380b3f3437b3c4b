package dev.modelbench.train.sound;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random changes to a training sound that keep its class and that real rooms and users make
 * anyway: the sound a little earlier or later in the window, louder or softer, over the project's
 * own background noise, and a little higher or lower (another voice, a smaller instrument). Each
 * change is drawn from the given generator, so a seed repeats them.
 *
 * @param maxShiftSeconds   move the sound by up to this much either way (silence fills the gap)
 * @param maxGainDb         change the level by up to this many dB either way
 * @param noiseProbability  how often background noise is mixed in
 * @param minNoiseGain      the mixed-in noise's level, as a factor of its recorded level, from this
 * @param maxNoiseGain      up to this
 * @param maxBandShift      move the spectrogram's bands by up to this many mel bands either way
 * @param channel           the microphone, room and line the variant goes through last
 * @param masks             the band and frame ranges masked in the variant's spectrogram
 * @param variants          varied copies of each training window; they take turns, one per epoch
 */
public record SoundAugmentation(double maxShiftSeconds, double maxGainDb, double noiseProbability,
		double minNoiseGain, double maxNoiseGain, double maxBandShift, ChannelAugmentation channel,
		SpectrogramMasks masks, int variants) {

	/**
	 * ±250 ms (live windows catch a sound anywhere, extracted samples have it centred), ±6 dB, and
	 * background noise in half the variants at half to one and a half times its recorded level: a
	 * model that only heard clean clips takes the room it is used in for another class, but one that
	 * never heard them clean learnt too slowly (in the sound benchmark, 6 seeds, 30 epochs: noise in
	 * every variant 0.77 / 0.80 / 0.64 on unseen instruments / speakers / phrases, in half 0.81 /
	 * 0.86 / 0.65). Bands move by up to ±1.5 (about ±15 % in frequency near 1 kHz), as another
	 * speaker's formants do: that lifted unseen speakers from 0.86 ± 0.06 to 0.92 ± 0.04. Masks
	 * ({@link SpectrogramMasks#SPEECH}) keep the model from leaning on one formant or moment of the
	 * training voices: a real speaker trained, another tested, 0.893 to 0.926 (Edge Impulse's recipe
	 * 0.787), unseen phrases 0.702 to 0.747, instruments 0.858 to 0.872, unseen synthetic speakers
	 * 0.940 to 0.938 (6 seeds; releng/benchmarks/README.md, real voices).
	 */
	public static final SoundAugmentation DEFAULT = new SoundAugmentation(0.25, 6, 0.5, 0.5, 1.5, 1.5,
			ChannelAugmentation.NONE, SpectrogramMasks.SPEECH, 4);

	/** These changes with {@code value} as the chain. */
	public SoundAugmentation withChannel(ChannelAugmentation value) {
		return new SoundAugmentation(maxShiftSeconds, maxGainDb, noiseProbability, minNoiseGain, maxNoiseGain,
				maxBandShift, value, masks, variants);
	}

	/** These changes with {@code value} as the masks. */
	public SoundAugmentation withMasks(SpectrogramMasks value) {
		return new SoundAugmentation(maxShiftSeconds, maxGainDb, noiseProbability, minNoiseGain, maxNoiseGain,
				maxBandShift, channel, value, variants);
	}

	/** These changes with bands moved by up to {@code value} either way. */
	public SoundAugmentation withMaxBandShift(double value) {
		return new SoundAugmentation(maxShiftSeconds, maxGainDb, noiseProbability, minNoiseGain, maxNoiseGain, value,
				channel, masks, variants);
	}

	/** These changes in {@code value} varied copies of each window. */
	public SoundAugmentation withVariants(int value) {
		return new SoundAugmentation(maxShiftSeconds, maxGainDb, noiseProbability, minNoiseGain, maxNoiseGain,
				maxBandShift, channel, masks, value);
	}

	/** A varied copy of a one-second {@code window}. */
	public float[] apply(float[] window, List<float[]> backgroundWindows, SplittableRandom random) {
		// Draw every random number whatever is enabled, so turning one change off keeps the others' draws.
		int shift = (int) Math.round((2 * random.nextDouble() - 1) * maxShiftSeconds * LogMelSpectrogram.SAMPLE_RATE);
		double gain = Math.pow(10, (2 * random.nextDouble() - 1) * maxGainDb / 20);
		boolean mix = random.nextDouble() < noiseProbability && !backgroundWindows.isEmpty();
		float[] noise = backgroundWindows.isEmpty() ? null : backgroundWindows.get(random.nextInt(backgroundWindows.size()));
		double noiseGain = minNoiseGain + random.nextDouble() * (maxNoiseGain - minNoiseGain);
		float[] out = new float[window.length];
		for (int i = 0; i < out.length; i++) {
			int from = i - shift;
			double value = from >= 0 && from < window.length ? window[from] * gain : 0;
			if (mix) {
				value += noise[i] * noiseGain;
			}
			out[i] = (float) Math.max(-1, Math.min(1, value));
		}
		if (channel.probability() > 0) {
			// Only then: the other changes' draws stay those of a model trained before the chain existed.
			channel.apply(out, random);
		}
		return out;
	}

	/**
	 * {@code logMel}, the {@link LogMelSpectrogram} of a varied copy, with its bands moved by a
	 * random amount; draw it from the generator that {@link #apply} drew from.
	 */
	public float[] shiftBands(float[] logMel, SplittableRandom random) {
		return LogMelSpectrogram.shiftBands(logMel, (2 * random.nextDouble() - 1) * maxBandShift);
	}

	/**
	 * {@code logMel} with its bands moved and then masked, a new array; draw it from the generator
	 * that {@link #apply} drew from.
	 */
	public float[] varyFeatures(float[] logMel, SplittableRandom random) {
		float[] varied = shiftBands(logMel, random);
		if (masks.probability() > 0) {
			// Only then: a model trained before the masks existed keeps its draws.
			masks.apply(varied, random);
		}
		return varied;
	}
}
