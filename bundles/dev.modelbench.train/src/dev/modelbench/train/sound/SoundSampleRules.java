package dev.modelbench.train.sound;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.internal.Messages;

/**
 * What a sound model needs before it trains (seed 001's data tips): a background-noise class, and
 * at least {@value BackgroundNoise#MIN_SAMPLES} samples in it and in every other class.
 */
public final class SoundSampleRules {

	private SoundSampleRules() {
	}

	/**
	 * Refuses samples a sound model should not be trained on, saying for each short class how
	 * many more samples it needs.
	 */
	public static void check(SampleSet samples) throws TrainingRefusedException {
		if (samples.backgroundLabel() < 0) {
			throw new TrainingRefusedException(Messages.Sound_noBackground);
		}
		int[] counts = samples.counts();
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < counts.length; c++) {
			if (counts[c] < BackgroundNoise.MIN_SAMPLES) {
				missing.add(NLS.bind(Messages.Sound_classNeedsMore, new Object[] { samples.classNames().get(c),
						BackgroundNoise.MIN_SAMPLES - counts[c], counts[c], BackgroundNoise.MIN_SAMPLES }));
			}
		}
		if (!missing.isEmpty()) {
			throw new TrainingRefusedException(NLS.bind(Messages.Sound_tooFewSamples, BackgroundNoise.MIN_SAMPLES,
					String.join("; ", missing))); //$NON-NLS-1$
		}
	}
}
