package dev.modelbench.capture;

/**
 * A camera the user can choose: a USB webcam, a phone streaming MJPEG over the classroom network,
 * or a test's synthetic camera. Listed by a {@link CameraLister}.
 */
public interface Camera {

	/** The name the camera chooser shows. */
	String name();

	/**
	 * Opens the camera; the caller closes the returned source. Slow (a USB camera takes a second
	 * or two), so never call it on the UI thread.
	 *
	 * @throws CameraException when the camera cannot be opened; the message says why for the user
	 */
	FrameSource open() throws CameraException;
}
