package dev.modelbench.capture;

import java.util.List;

/**
 * Finds cameras of one kind, e.g. USB webcams through the operating system. Other bundles may
 * register one as an OSGi service (a board's camera over serial, a test's synthetic camera).
 */
public interface CameraLister {

	/**
	 * The cameras of this kind that are there now; empty when none is connected.
	 *
	 * @throws CameraException when this kind of camera cannot be used on this computer at all
	 */
	List<Camera> cameras() throws CameraException;
}
