package dev.modelbench.capture;

import java.awt.image.BufferedImage;

/** An open camera, giving one picture after another. Used from one thread at a time. */
public interface FrameSource extends AutoCloseable {

	/**
	 * The camera's current picture as opaque RGB, waiting for one if none has come yet.
	 *
	 * @throws CameraException when the camera stopped sending pictures (unplugged, stream ended)
	 */
	BufferedImage nextFrame() throws CameraException;

	/**
	 * The picture {@link #nextFrame()} last returned as the camera encoded it (a board's JPEG), to be
	 * saved as it is; null for a camera that gives pixels only. Call from the thread that reads frames.
	 */
	default byte[] encoded() {
		return null;
	}

	/** Releases the camera so another program can use it. */
	@Override
	void close();
}
