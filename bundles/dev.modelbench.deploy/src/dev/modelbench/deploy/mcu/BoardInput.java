package dev.modelbench.deploy.mcu;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.sound.LogMelSpectrogram;

/** Where a model on a board gets its input from, known by the input the CNN takes. */
public enum BoardInput {

	/** One second of 16 kHz sound, as a 49 × 40 log-mel spectrogram computed on the board. */
	MICROPHONE,

	/** A camera frame, scaled to the model's square RGB input. */
	CAMERA;

	/**
	 * The input of a CNN of {@code shape}.
	 *
	 * @throws DeployException when it is neither a sound nor an RGB image model
	 */
	public static BoardInput of(CnnShape shape) throws DeployException {
		if (shape.channels() == 1 && shape.height() == LogMelSpectrogram.FRAMES
				&& shape.width() == LogMelSpectrogram.MEL_BANDS) {
			return MICROPHONE;
		}
		if (shape.channels() == 3 && shape.height() == shape.width()) {
			return CAMERA;
		}
		throw new DeployException(NLS.bind(Messages.Mcu_unknownInput, shape.describe()));
	}
}
