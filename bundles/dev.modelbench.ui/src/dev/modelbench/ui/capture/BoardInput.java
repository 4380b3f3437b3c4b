package dev.modelbench.ui.capture;

import java.util.Optional;

import dev.modelbench.deploy.board.Board;

/** A sensor of a board on a serial port, as the camera and microphone choosers list it. */
abstract class BoardInput {

	final String port;
	private final String name;
	private final Optional<Board> captureBoard;

	/**
	 * @param name         what the chooser shows, e.g. "Board camera: XIAO ESP32S3 Sense (/dev/ttyACM0)"
	 * @param captureBoard the board Model Bench's capture sketch can be flashed onto when it runs something else
	 */
	BoardInput(String port, String name, Optional<Board> captureBoard) {
		this.port = port;
		this.name = name;
		this.captureBoard = captureBoard;
	}

	public String name() {
		return name;
	}

	/** The board the capture sketch can be flashed onto, if the board is one it is made for. */
	Optional<Board> captureBoard() {
		return captureBoard;
	}
}
