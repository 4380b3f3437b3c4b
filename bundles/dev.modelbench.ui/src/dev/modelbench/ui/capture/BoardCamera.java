package dev.modelbench.ui.capture;

import java.awt.image.BufferedImage;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.SensorEvent;
import dev.modelbench.deploy.sensor.SscmaSession;

/**
 * A board's camera over serial (SenseCraft's SSCMA firmware or Model Bench's capture sketch) as a
 * camera of the webcam dialog; its frames are saved as the board's JPEG files, not re-encoded.
 */
public final class BoardCamera extends BoardInput implements Camera {

	public BoardCamera(String port, String name) {
		super(port, name);
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
