package dev.modelbench.ui.capture;

import java.util.Optional;

import dev.modelbench.capture.audio.CaptureException;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.sensor.BoardSound;
import dev.modelbench.deploy.sensor.SensorEvent;
import dev.modelbench.deploy.sensor.SscmaSession;

/** The microphone of a board running Model Bench's capture sketch, as a sound input of the microphone dialog. */
public final class BoardMicrophone extends BoardInput implements SoundInput {

	/** A board's sensor that is only read, never flashed from here. */
	public BoardMicrophone(String port, String name) {
		this(port, name, Optional.empty());
	}

	/** @param captureBoard the board the capture sketch can be flashed onto, offered when it runs something else */
	public BoardMicrophone(String port, String name, Optional<Board> captureBoard) {
		super(port, name, captureBoard);
	}

	@Override
	public SoundSource open() throws CaptureException {
		try {
			return new Sound(OpenBoard.open(port, Messages.Board_microphonePurpose, SscmaSession::startMicrophone), name());
		} catch (DeployException e) {
			throw new CaptureException(e.getMessage(), e);
		}
	}

	private static final class Sound implements SoundSource {

		private final OpenBoard board;
		private final String name;
		private short[] piece = new short[0];
		private int at;

		Sound(OpenBoard board, String name) {
			this.board = board;
			this.name = name;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public int read(float[] buffer) throws CaptureException {
			try {
				while (at == piece.length) {
					SensorEvent event = board.reader.next();
					if (event instanceof BoardSound sound) {
						piece = sound.samples();
						at = 0;
					}
				}
			} catch (DeployException e) {
				throw new CaptureException(e.getMessage(), e);
			}
			int n = Math.min(buffer.length, piece.length - at);
			for (int i = 0; i < n; i++) {
				buffer[i] = piece[at + i] / 32768f;
			}
			at += n;
			return n;
		}

		@Override
		public void close() {
			board.close();
		}
	}
}
