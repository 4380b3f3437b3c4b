package dev.modelbench.deploy;

/** How a trained model and a board work together. */
public enum DeployMode {

	/** The model runs on the board itself (C code for microcontrollers, ONNX on Linux boards). */
	MODEL_ON_BOARD,

	/** The PC runs the model and sends each result as a line {@code label,confidence} over USB serial. */
	RESULTS_OVER_SERIAL,

	/** The PC runs the model and publishes each result over MQTT; the board listens over Wi-Fi. */
	RESULTS_OVER_MQTT
}
