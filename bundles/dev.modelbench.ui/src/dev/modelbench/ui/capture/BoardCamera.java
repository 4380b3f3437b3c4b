package dev.modelbench.ui.capture;

import java.awt.image.BufferedImage;
import java.util.Optional;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.SensorEvent;
import dev.modelbench.deploy.sensor.SscmaSession;

/**
 * A board's camera over serial (SenseCraft's SSCMA firmware or Model Bench's capture sketch) as a
 * camera of the webcam dialog; its frames are saved as the board's JPEG files, not re-encoded.
 */
public final class BoardCamera extends BoardInput implements Camera {

	/** A board's sensor that is only read, never flashed from here. */
	public BoardCamera(String port, String name) {
		this(port, name, Optional.empty());
	}

	/** @param captureBoard the board the capture sketch can be flashed onto, offered when it runs something else */
	public BoardCamera(String port, String name, Optional<Board> captureBoard) {
		super(port, name, captureBoard);
	}

	@Override
	public FrameSource open() throws CameraException {
		try {
			return new Frames(OpenBoard.open(port, Messages.Board_cameraPurpose, SscmaSession::startCamera));
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
