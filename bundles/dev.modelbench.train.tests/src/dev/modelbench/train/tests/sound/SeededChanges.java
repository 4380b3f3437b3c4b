package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.modelbench.train.sound.LogMelSpectrogram;

/** Inputs and checks shared by the tests of the features and of the augmentations that change them with a seeded generator. */
final class SeededChanges {

	private SeededChanges() {
	}

	/** One window's worth of log-mel values, standard normal, drawn from {@code seed}. */
	static float[] gaussianFeatures(long seed) {
		float[] features = new float[LogMelSpectrogram.SIZE];
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < features.length; i++) {
			features[i] = (float) random.nextGaussian();
		}
		return features;
	}

	/** {@code change} of fresh {@code input}s repeats with the same seed and differs with another. */
	static void assertTheSeedDrawsIt(Supplier<float[]> input, BiConsumer<float[], SplittableRandom> change, long seed) {
		float[] first = input.get();
		float[] again = input.get();
		float[] other = input.get();
		change.accept(first, new SplittableRandom(seed));
		change.accept(again, new SplittableRandom(seed));
		change.accept(other, new SplittableRandom(seed + 1));

		assertArrayEquals(first, again);
		assertFalse(Arrays.equals(first, other));
	}
}
