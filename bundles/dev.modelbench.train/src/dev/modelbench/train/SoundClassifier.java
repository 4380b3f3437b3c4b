package dev.modelbench.train;

/** A trained model of sounds, which also classifies sound in memory, e.g. a microphone's last second. */
public interface SoundClassifier extends TrainedModel {

	/** Classifies one second of 16 kHz mono sound in -1..1 ({@code window.length} = 16000). */
	Prediction predict(float[] window);
}
