package dev.modelbench.capture.webcam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.internal.Messages;

/**
 * The cameras of one webcam-capture driver. The devices are used directly, never through the
 * library's global {@code Webcam} registry, so several drivers (USB, IP, a test's) live side by side.
 */
public final class DriverCameras implements CameraLister {

	private final String kind;
	private final Supplier<WebcamDriver> driverFactory;
	private WebcamDriver driver;

	/**
	 * @param kind          what these cameras are, for messages, e.g. "USB webcam"
	 * @param driverFactory makes the driver the first time cameras are listed
	 */
	public DriverCameras(String kind, Supplier<WebcamDriver> driverFactory) {
		this.kind = kind;
		this.driverFactory = driverFactory;
	}

	/** The webcams the operating system knows (Video4Linux, DirectShow, AVFoundation), through the library's native driver. */
	public static DriverCameras usb() {
		// The library's built-in driver is not exported: its own factory hands it out.
		return new DriverCameras(Messages.Cameras_usbKind, Webcam::getDriver);
	}

	@Override
	public synchronized List<Camera> cameras() throws CameraException {
		List<WebcamDevice> devices;
		try {
			if (driver == null) {
				driver = driverFactory.get();
			}
			devices = driver.getDevices();
		} catch (LinkageError e) {
			// The native grabber needs the system's video library (libv4l-0 on Linux).
			throw new CameraException(NLS.bind(Messages.Cameras_nativeMissing, kind, reason(e)), e);
		} catch (RuntimeException e) {
			throw new CameraException(NLS.bind(Messages.Cameras_listFailed, kind, reason(e)), e);
		}
		List<Camera> cameras = new ArrayList<>();
		if (devices != null) {
			for (WebcamDevice device : devices) {
				cameras.add(new DeviceCamera(device));
			}
		}
		return cameras;
	}

	static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getLocalizedMessage() != null ? root.getLocalizedMessage() : root.getClass().getSimpleName();
	}
}
