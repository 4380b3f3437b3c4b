package dev.modelbench.capture;

/**
 * This kind of camera cannot be used on this computer at all (no driver for its system or
 * processor), so there is nothing to connect: the user needs another kind, such as an IP camera.
 */
public class CamerasUnsupportedException extends CameraException {

	private static final long serialVersionUID = 1L;

	public CamerasUnsupportedException(String message) {
		super(message);
	}
}
