package dev.modelbench.ui.capture;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.modelbench.capture.AvailableCameras;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.webcam.DriverCameras;
import dev.modelbench.capture.webcam.IpCameras;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * Where the UI's cameras come from: any {@link CameraLister} registered as an OSGi service (a
 * board's camera, a test's synthetic one), the USB webcams, and the IP cameras of the preferences.
 */
public final class CameraSources {

	// One native driver for the whole IDE: it keeps the devices it found open for reuse.
	private static final CameraLister USB = DriverCameras.usb();

	private CameraSources() {
	}

	/** Lists every camera there is now; asks the operating system, so call it off the UI thread. */
	public static AvailableCameras list() {
		List<CameraLister> listers = new ArrayList<>(services());
		listers.add(BoardSensors.CAMERAS);
		listers.add(USB);
		listers.add(new IpCameras(UiPreferences.ipCameras()));
		return AvailableCameras.list(listers);
	}

	private static List<CameraLister> services() {
		List<CameraLister> listers = new ArrayList<>();
		BundleContext context = FrameworkUtil.getBundle(CameraSources.class).getBundleContext();
		if (context == null) {
			return listers;
		}
		try {
			for (ServiceReference<CameraLister> reference : context.getServiceReferences(CameraLister.class, null)) {
				CameraLister lister = context.getService(reference);
				if (lister != null) {
					listers.add(lister);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return listers;
	}
}
