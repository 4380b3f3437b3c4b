package dev.modelbench.deploy.board;

/** A sensor a board carries, which a program that runs a model on the board can read its input from. */
public enum OnBoardSensor {
	/** A PDM microphone on I2S (e.g. the XIAO ESP32S3 Sense's MSM261D3526H1CPM). */
	PDM_MICROPHONE,
	/** A camera on the ESP32 camera interface (e.g. the XIAO ESP32S3 Sense's OV2640). */
	ESP32_CAMERA
}
