package dev.modelbench.ui.tests;

import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.tests.fixtures.SyntheticWebcamDriver;
import dev.modelbench.capture.webcam.DriverCameras;

/** The fake camera of the UI tests: a synthetic webcam-capture driver, offered as a camera service. */
final class FakeCamera implements AutoCloseable {

	static final String NAME = "Fake camera";

	private final SyntheticWebcamDriver driver = new SyntheticWebcamDriver(NAME);
	private final OfferedService lister;

	private FakeCamera() {
		lister = OfferedService.of(CameraLister.class, new DriverCameras("test", () -> driver));
	}

	static FakeCamera plugIn() {
		return new FakeCamera();
	}

	/** Pulls the camera out, as a student does with the recording still running. */
	void unplug() {
		driver.unplugAll();
	}

	int openDevices() {
		return driver.openDevices();
	}

	@Override
	public void close() {
		lister.close();
	}
}
