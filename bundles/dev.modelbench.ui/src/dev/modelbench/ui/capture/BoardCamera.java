package dev.modelbench.ui.capture;

import java.awt.image.BufferedImage;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.SensorEvent;

/**
 * A board's camera over serial (SenseCraft's SSCMA firmware or Model Bench's capture sketch) as a
 * camera of the webcam dialog; its frames are saved as the board's JPEG files, not re-encoded.
 */
public final class BoardCamera implements Camera {

	private final String port;
	private final String name;

	/** @param name what the chooser shows, e.g. "Board camera: XIAO ESP32S3 Sense (/dev/ttyACM0)" */
	public BoardCamera(String port, String name) {
		this.port = port;
		this.name = name;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public FrameSource open() throws CameraException {
		try {
			OpenBoard board = OpenBoard.open(port, Messages.Board_cameraPurpose);
			try {
				board.session.startCamera();
			} catch (DeployException e) {
				board.close();
				throw e;
			}
			return new Frames(board);
		} catch (DeployException e) {
			throw new CameraException(e.getMessage(), e);
		}
	}

	private static final class Frames implements FrameSource {

		private final OpenBoard board;
		private BoardFrame last;

		Frames(OpenBoard board) {
			this.board = board;
		}

		@Override
		public BufferedImage nextFrame() throws CameraException {
			try {
				while (true) {
					SensorEvent event = board.reader.next();
					if (event instanceof BoardFrame frame) {
						last = frame;
						return frame.image();
					}
				}
			} catch (DeployException e) {
				throw new CameraException(e.getMessage(), e);
			}
		}

		@Override
		public byte[] encoded() {
			return last == null ? null : last.jpeg();
		}

		@Override
		public void close() {
			board.close();
		}
	}
}
