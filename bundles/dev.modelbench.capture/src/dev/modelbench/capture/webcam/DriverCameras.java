package dev.modelbench.capture.webcam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.CamerasUnsupportedException;
import dev.modelbench.capture.internal.Messages;
import dev.modelbench.core.host.Host;

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

	/** The USB webcams of this computer; see {@link #usb(Host)}. */
	public static CameraLister usb() {
		return usb(Host.current());
	}

	/**
	 * The USB webcams of a computer with {@code host}'s system and processor, through the driver
	 * {@link UsbCameraDriver#forHost(Host)} chooses; where there is none, a lister that says so and
	 * points to IP cameras.
	 */
	public static CameraLister usb(Host host) {
		UsbCameraDriver driver = UsbCameraDriver.forHost(host);
		if (driver == UsbCameraDriver.NONE) {
			return () -> {
				throw new CamerasUnsupportedException(NLS.bind(Messages.Cameras_usbUnsupported, host.os().label(), host.arch().label()));
			};
		}
		return new DriverCameras(Messages.Cameras_usbKind, driver.factory());
	}

	@Override
	public synchronized List<Camera> cameras() throws CameraException {
		List<WebcamDevice> devices;
		try {
			if (driver == null) {
				driver = withLoaderOf(Webcam.class, driverFactory::get);
			}
			devices = withLoaderOf(driver.getClass(), driver::getDevices);
		} catch (LinkageError e) {
			// The native grabber needs the system's video library (libv4l-0 on Linux).
			throw logged(new CameraException(NLS.bind(Messages.Cameras_nativeMissing, kind, reason(e)), e));
		} catch (RuntimeException e) {
			throw logged(new CameraException(NLS.bind(Messages.Cameras_listFailed, kind, reason(e)), e));
		}
		List<Camera> cameras = new ArrayList<>();
		if (devices != null) {
			for (WebcamDevice device : devices) {
				cameras.add(new DeviceCamera(device));
			}
		}
		return cameras;
	}

	/**
	 * Runs {@code work} with the context class loader of {@code owner}'s bundle. BridJ, under the
	 * built-in driver, finds the driver's native classes and libraries through the context class
	 * loader, which in OSGi is not the library's own; JNA, under the native driver, may too.
	 */
	static <T> T withLoaderOf(Class<?> owner, Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(owner.getClassLoader());
		try {
			return work.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** The user reads the message; the log keeps the whole story for whoever helps them. */
	private static CameraException logged(CameraException e) {
		ILog.of(DriverCameras.class).warn(e.getMessage(), e.getCause());
		return e;
	}

	static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getLocalizedMessage();
		// Some drivers throw a bare Exception("Exception"): the type says more then.
		return message == null || message.isBlank() || message.equals("Exception") //$NON-NLS-1$
				? root.getClass().getName()
				: message;
	}
}
