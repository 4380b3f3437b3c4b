package dev.modelbench.train;

import java.awt.image.BufferedImage;

/** A trained model of images, which also classifies images in memory, e.g. webcam frames. */
public interface ImageClassifier extends TrainedModel {

	/** Classifies one upright RGB image; fast enough for live video. */
	Prediction predict(BufferedImage image);
}
