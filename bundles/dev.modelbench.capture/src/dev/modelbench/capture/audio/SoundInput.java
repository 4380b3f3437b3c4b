package dev.modelbench.capture.audio;

/**
 * Something to record from: one of the computer's microphones, or a source another bundle offers
 * (a board's microphone over serial, a test's recording) through a {@link SoundInputLister}.
 */
public interface SoundInput {

	/** What the user sees in the microphone chooser. */
	String name();

	/**
	 * Opens the input and starts it recording; close the source to release it.
	 *
	 * @throws CaptureException when it is gone or busy, saying what to do
	 */
	SoundSource open() throws CaptureException;
}
