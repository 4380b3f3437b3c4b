package dev.modelbench.ui.tests;

import java.util.List;

import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundInputLister;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.capture.audio.WavSoundSource;

/**
 * The fake microphone of the UI tests: a sound input service that plays given samples, faster
 * than real time, as if a microphone heard them.
 */
final class FakeMicrophone implements AutoCloseable {

	static final String NAME = "Fake microphone";

	private final OfferedService lister;

	private FakeMicrophone(float[] sound) {
		SoundInput input = new SoundInput() {
			@Override
			public String name() {
				return NAME;
			}

			@Override
			public SoundSource open() {
				return WavSoundSource.of(NAME, sound, false);
			}
		};
		lister = OfferedService.of(SoundInputLister.class, () -> List.of(input));
	}

	/** A microphone that hears {@code sound} (16 kHz mono), then the sound ends. */
	static FakeMicrophone hearing(float[] sound) {
		return new FakeMicrophone(sound);
	}

	/**
	 * {@code seconds} of quiet room noise with a 440 Hz tone of 0.6 s at -12 dBFS every
	 * {@code every} seconds, the first after one second.
	 */
	static float[] tonesInNoise(int seconds, int every) {
		float[] sound = new float[seconds * SoundSource.SAMPLE_RATE];
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < sound.length; i++) {
			sound[i] = (float) (random.nextGaussian() * 0.0003);
		}
		for (int start = SoundSource.SAMPLE_RATE; start + SoundSource.SAMPLE_RATE <= sound.length; start += every
				* SoundSource.SAMPLE_RATE) {
			for (int i = 0; i < SoundSource.SAMPLE_RATE * 6 / 10; i++) {
				sound[start + i] += (float) (0.25 * Math.sin(2 * Math.PI * 440 * i / SoundSource.SAMPLE_RATE));
			}
		}
		return sound;
	}

	@Override
	public void close() {
		lister.close();
	}
}
