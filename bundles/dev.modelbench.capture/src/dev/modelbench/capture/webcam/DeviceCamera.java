package dev.modelbench.capture.webcam;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import com.github.sarxos.webcam.WebcamDevice;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.capture.RgbFrames;
import dev.modelbench.capture.internal.Messages;

/** A webcam-capture device as a {@link Camera}. */
final class DeviceCamera implements Camera {

	/** How long a camera may stay silent before the user is told; a phone on Wi-Fi may take a while. */
	private static final long SILENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

	private final WebcamDevice device;

	DeviceCamera(WebcamDevice device) {
		this.device = device;
	}

	@Override
	public String name() {
		return device.getName();
	}

	@Override
	public FrameSource open() throws CameraException {
		try {
			if (!device.isOpen()) {
				DriverCameras.withLoaderOf(device.getClass(), () -> {
					device.open();
					return null;
				});
			}
		} catch (RuntimeException | LinkageError e) {
			throw new CameraException(NLS.bind(Messages.Camera_openFailed, name(), DriverCameras.reason(e)), e);
		}
		if (!device.isOpen()) {
			// The native drivers return quietly where the system refuses the camera, as macOS does
			// until the user allows Model Bench to use it.
			throw new CameraException(NLS.bind(Messages.Camera_notStarted, name()));
		}
		return new DeviceFrames();
	}

	@Override
	public String toString() {
		return name();
	}

	private final class DeviceFrames implements FrameSource {

		@Override
		public BufferedImage nextFrame() throws CameraException {
			long deadline = System.nanoTime() + SILENCE_NANOS;
			while (true) {
				BufferedImage image;
				try {
					image = DriverCameras.withLoaderOf(device.getClass(), device::getImage);
				} catch (RuntimeException e) {
					throw new CameraException(NLS.bind(Messages.Camera_readFailed, name(), DriverCameras.reason(e)), e);
				}
				if (image != null) {
					return RgbFrames.of(image);
				}
				if (System.nanoTime() > deadline) {
					throw new CameraException(NLS.bind(Messages.Camera_silent, name()));
				}
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new CameraException(NLS.bind(Messages.Camera_silent, name()), e);
				}
			}
		}

		@Override
		public void close() {
			try {
				device.close();
			} catch (RuntimeException e) {
				// Closing a camera that was unplugged fails; it is released either way.
			}
		}
	}
}
