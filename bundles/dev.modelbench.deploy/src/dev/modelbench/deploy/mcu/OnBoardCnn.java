package dev.modelbench.deploy.mcu;

import java.util.List;

import dev.modelbench.train.cnn.CnnClassifier;

/**
 * A trained CNN to run on a board.
 *
 * @param name        the model's name, for the sketch and the messages
 * @param cnn         the model
 * @param calibration raw inputs as the model takes them (e.g. its training samples' features), to
 *                    measure the activation ranges the integers must cover; may be empty
 */
public record OnBoardCnn(String name, CnnClassifier cnn, List<float[]> calibration) {

	public OnBoardCnn {
		calibration = List.copyOf(calibration);
	}
}
