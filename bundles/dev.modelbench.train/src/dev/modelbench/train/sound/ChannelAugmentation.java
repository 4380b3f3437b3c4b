package dev.modelbench.train.sound;

import java.util.SplittableRandom;

/**
 * Random changes to a training sound that the microphone, the room and the line make, so that a
 * model trained on one chain holds up on another: a band limit (a telephone passes about 300 to
 * 3400 Hz, a cheap microphone loses the lows and some highs), a tilt of the spectrum (a MEMS
 * microphone's rising highs, a muffled one's falling), room reverberation, and 8-bit µ-law coding
 * (a telephone line's quantisation noise, which follows the signal). Each change is drawn from the
 * given generator, so a seed repeats them.
 *
 * @param probability    how often a variant goes through a changed chain at all
 * @param minLowPassHz   the upper band edge, drawn log-uniformly from this
 * @param maxLowPassHz   up to this (at or above 8000 Hz, no low-pass)
 * @param minHighPassHz  the lower band edge, drawn log-uniformly from this
 * @param maxHighPassHz  up to this
 * @param maxTiltDb      a high shelf at 1 kHz of up to this many dB either way
 * @param reverbProbability how often the chain adds a room
 * @param maxReverbSeconds  the room's reverberation time (to -60 dB), drawn from 0.1 s up to this
 * @param codecProbability  how often the chain ends in 8-bit µ-law
 */
public record ChannelAugmentation(double probability, double minLowPassHz, double maxLowPassHz,
		double minHighPassHz, double maxHighPassHz, double maxTiltDb, double reverbProbability, double maxReverbSeconds,
		double codecProbability) {

	/** No change: the chain of the training recordings is the only one the model hears. */
	public static final ChannelAugmentation NONE = new ChannelAugmentation(0, 8000, 8000, 50, 50, 0, 0, 0.1, 0);

	/**
	 * The chain the sound benchmark tried (releng/benchmarks/README.md, real voices): upper edge 3 to
	 * 8 kHz, lower 50 to 400 Hz, tilt ±6 dB, a room of up to 0.5 s in 30 % and µ-law in 30 % of the
	 * changed variants, half of all variants changed. Not the default: on real speakers it lifted
	 * accuracy by 5 points (3 seeds), but it cost 3 to 4 points on unseen instruments and speakers.
	 */
	public static final ChannelAugmentation TRIAL = new ChannelAugmentation(0.5, 3000, 8000, 50, 400, 6, 0.3,
			0.5, 0.3);

	private static final int RATE = LogMelSpectrogram.SAMPLE_RATE;

	/** This chain, changing {@code value} of the variants. */
	public ChannelAugmentation withProbability(double value) {
		return new ChannelAugmentation(value, minLowPassHz, maxLowPassHz, minHighPassHz, maxHighPassHz, maxTiltDb,
				reverbProbability, maxReverbSeconds, codecProbability);
	}

	/** This chain's band limits alone: no tilt, room or coding. */
	public ChannelAugmentation bandLimitsOnly() {
		return new ChannelAugmentation(probability, minLowPassHz, maxLowPassHz, minHighPassHz, maxHighPassHz, 0, 0,
				maxReverbSeconds, 0);
	}
	/** Reflections of the room: enough for a dense tail, few enough to cost little. */
	private static final int REFLECTIONS = 300;

	/** {@code window} through a random chain, in place; the level stays within -1..1. */
	public void apply(float[] window, SplittableRandom random) {
		// Draw every random number whatever is enabled, so turning one change off keeps the others' draws.
		boolean changed = random.nextDouble() < probability;
		double lowPass = logUniform(minLowPassHz, maxLowPassHz, random);
		double highPass = logUniform(minHighPassHz, maxHighPassHz, random);
		double tilt = (2 * random.nextDouble() - 1) * maxTiltDb;
		boolean reverb = random.nextDouble() < reverbProbability;
		double reverbSeconds = 0.1 + random.nextDouble() * Math.max(0, maxReverbSeconds - 0.1);
		long roomSeed = random.nextLong();
		boolean codec = random.nextDouble() < codecProbability;
		if (!changed) {
			return;
		}
		if (reverb) {
			reverberate(window, reverbSeconds, new SplittableRandom(roomSeed));
		}
		if (lowPass < RATE / 2.0) {
			// Two sections: 24 dB an octave, nearer a telephone filter's edge than 12.
			Biquad.lowPass(lowPass, RATE).filter(window);
			Biquad.lowPass(lowPass, RATE).filter(window);
		}
		Biquad.highPass(highPass, RATE).filter(window);
		if (tilt != 0) {
			Biquad.highShelf(1000, tilt, RATE).filter(window);
		}
		for (int i = 0; i < window.length; i++) {
			window[i] = (float) Math.max(-1, Math.min(1, window[i]));
		}
		if (codec) {
			muLaw(window);
		}
	}

	/**
	 * Adds a room's tail: reflections at random delays up to the reverberation time, falling 60 dB
	 * over it, with random signs, at about the direct sound's energy in all.
	 */
	static void reverberate(float[] window, double seconds, SplittableRandom random) {
		int length = (int) (seconds * RATE);
		int[] delays = new int[REFLECTIONS];
		float[] gains = new float[REFLECTIONS];
		double energy = 0;
		for (int r = 0; r < REFLECTIONS; r++) {
			delays[r] = 1 + (int) (random.nextDouble() * length);
			gains[r] = (float) (Math.pow(10, -3.0 * delays[r] / length) * (random.nextBoolean() ? 1 : -1));
			energy += gains[r] * gains[r];
		}
		float scale = (float) (0.5 / Math.sqrt(energy));
		float[] dry = window.clone();
		for (int r = 0; r < REFLECTIONS; r++) {
			float gain = gains[r] * scale;
			for (int i = delays[r]; i < window.length; i++) {
				window[i] += gain * dry[i - delays[r]];
			}
		}
	}

	/** Encodes and decodes 8-bit µ-law (G.711), as a telephone line does. */
	static void muLaw(float[] window) {
		double mu = 255;
		double log = Math.log1p(mu);
		for (int i = 0; i < window.length; i++) {
			double x = window[i];
			double coded = Math.signum(x) * Math.log1p(mu * Math.abs(x)) / log;
			double quantised = Math.round(coded * 127) / 127.0;
			window[i] = (float) (Math.signum(quantised) * Math.expm1(Math.abs(quantised) * log) / mu);
		}
	}

	private static double logUniform(double from, double to, SplittableRandom random) {
		return from * Math.pow(to / from, random.nextDouble());
	}
}
