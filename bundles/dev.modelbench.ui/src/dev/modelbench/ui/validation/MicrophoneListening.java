package dev.modelbench.ui.validation;

import java.util.function.Consumer;

import dev.modelbench.capture.audio.CaptureException;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.sound.LiveSoundClassifier;
import dev.modelbench.train.sound.SoundWindows;

/**
 * Classifies a microphone continuously for the Validation view: one-second windows every tenth of
 * a second on a thread of its own, so neither the UI nor the microphone waits for the model.
 */
final class MicrophoneListening implements AutoCloseable {

	/** Windows averaged when smoothing is on: one second of labels, so a label does not flicker. */
	static final int SMOOTHED_WINDOWS = SoundWindows.LENGTH / LiveSoundClassifier.DEFAULT_HOP;

	private static final int CHUNK = SoundSource.SAMPLE_RATE / 20;

	private final Thread thread;
	private volatile boolean stopped;

	/**
	 * @param predicted hears each window's (smoothed) prediction, on the listening thread
	 * @param failed    hears why the microphone could not be opened or stopped, on the listening thread
	 * @param ended     hears that the input ended by itself (a file played as a microphone)
	 */
	MicrophoneListening(SoundInput input, SoundClassifier model, boolean smoothing, Consumer<Prediction> predicted,
			Consumer<String> failed, Runnable ended) {
		LiveSoundClassifier classifier = new LiveSoundClassifier(model, LiveSoundClassifier.DEFAULT_HOP,
				smoothing ? SMOOTHED_WINDOWS : 1, (seconds, raw, smoothed) -> predicted.accept(smoothed));
		thread = new Thread(() -> listen(input, classifier, failed, ended), "Model Bench live microphone"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	private void listen(SoundInput input, LiveSoundClassifier classifier, Consumer<String> failed, Runnable ended) {
		try (SoundSource opened = input.open()) {
			float[] buffer = new float[CHUNK];
			while (!stopped) {
				int read = opened.read(buffer);
				if (read < 0) {
					ended.run();
					return;
				}
				classifier.accept(buffer, read);
			}
		} catch (CaptureException e) {
			if (!stopped) {
				failed.accept(e.getMessage());
			}
		}
	}

	/** Stops listening and releases the microphone; returns at once. */
	@Override
	public void close() {
		stopped = true;
	}
}
