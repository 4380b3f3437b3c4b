package dev.modelbench.ui.capture;

/** A sensor of a board on a serial port, as the camera and microphone choosers list it. */
abstract class BoardInput {

	final String port;
	private final String name;

	/** @param name what the chooser shows, e.g. "Board camera: XIAO ESP32S3 Sense (/dev/ttyACM0)" */
	BoardInput(String port, String name) {
		this.port = port;
		this.name = name;
	}

	public String name() {
		return name;
	}
}
