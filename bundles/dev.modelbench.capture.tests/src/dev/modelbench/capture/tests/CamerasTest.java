package dev.modelbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.modelbench.capture.AvailableCameras;
import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.CaptureLoop;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.capture.tests.fixtures.MjpegServer;
import dev.modelbench.capture.tests.fixtures.SyntheticWebcamDriver;
import dev.modelbench.capture.webcam.DriverCameras;
import dev.modelbench.capture.webcam.IpCameras;

class CamerasTest {

	@Test
	void theBuiltInDriverFindsNoCameraOnAMachineWithoutOneAndTheUserIsToldWhatToConnect() {
		assumeFalse(Files.exists(Path.of("/dev/video0")), "this machine has a camera");

		AvailableCameras available = AvailableCameras.list(List.of(DriverCameras.usb()));

		assertTrue(available.isEmpty());
		assertEquals(List.of(), available.problems(), "the driver works here, it just finds no camera");
		String message = available.noCameraMessage();
		assertTrue(message.startsWith("No camera found. Connect a USB webcam"), message);
		assertTrue(message.contains("Add IP camera"), message);
	}

	@Test
	void aListerThatCannotListAddsItsReasonAndTheOthersStillCount() {
		CameraLister broken = () -> {
			throw new CameraException("The board's camera is not connected.");
		};
		CameraLister synthetic = new DriverCameras("test", () -> new SyntheticWebcamDriver("Fake camera"));

		AvailableCameras available = AvailableCameras.list(List.of(broken, synthetic));

		assertEquals(List.of("Fake camera"), available.cameras().stream().map(Camera::name).toList());
		assertEquals(List.of("The board's camera is not connected."), available.problems());
		assertTrue(AvailableCameras.list(List.of(broken)).noCameraMessage()
				.endsWith("Details: The board's camera is not connected."));
	}

	@Test
	void aDriverThatCannotLoadItsNativeLibraryIsExplainedNotThrown() {
		CameraLister missingNative = new DriverCameras("USB webcam", () -> {
			throw new UnsatisfiedLinkError("libv4l2.so.0: cannot open shared object file");
		});

		CameraException e = assertThrows(CameraException.class, missingNative::cameras);

		assertTrue(e.getMessage().contains("install libv4l-0"), e.getMessage());
	}

	@Test
	void theCaptureLoopDeliversFramesOffTheCallersThreadAndReleasesTheCameraWhenClosed() throws Exception {
		SyntheticWebcamDriver driver = new SyntheticWebcamDriver("Fake camera");
		Camera camera = new DriverCameras("test", () -> driver).cameras().getFirst();
		List<Thread> threads = new CopyOnWriteArrayList<>();
		CountDownLatch tenFrames = new CountDownLatch(10);

		try (CaptureLoop loop = CaptureLoop.start(camera.open(), new CaptureLoop.Listener() {
			@Override
			public void frame(BufferedImage frame, long nanos) {
				assertEquals(BufferedImage.TYPE_INT_RGB, frame.getType());
				threads.add(Thread.currentThread());
				tenFrames.countDown();
			}

			@Override
			public void failed(CameraException failure) {
			}
		}, 30)) {
			assertTrue(tenFrames.await(10, TimeUnit.SECONDS));
			assertEquals(1, driver.openDevices());
		}

		assertEquals(0, driver.openDevices());
		assertFalse(threads.contains(Thread.currentThread()));
	}

	@Test
	void stoppingTheCaptureLoopReturnsAtOnceAndTheLoopReleasesTheCameraOnItsOwnThread() throws Exception {
		SyntheticWebcamDriver driver = new SyntheticWebcamDriver("Fake camera");
		FrameSource opened = new DriverCameras("test", () -> driver).cameras().getFirst().open();
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> closedOn = new CopyOnWriteArrayList<>();
		// A camera whose release takes until the test lets it go, as a slow USB camera's may.
		FrameSource slowToRelease = new FrameSource() {
			@Override
			public BufferedImage nextFrame() throws CameraException {
				reading.countDown();
				return opened.nextFrame();
			}

			@Override
			public void close() {
				closedOn.add(Thread.currentThread());
				// The loop was interrupted to stop: wait regardless, as a driver's release does.
				boolean interrupted = false;
				while (release.getCount() > 0) {
					try {
						release.await(10, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						interrupted = true;
					}
				}
				opened.close();
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		};
		CaptureLoop loop = CaptureLoop.start(slowToRelease, new CaptureLoop.Listener() {
			@Override
			public void frame(BufferedImage frame, long nanos) {
			}

			@Override
			public void failed(CameraException failure) {
			}
		}, 30);
		assertTrue(reading.await(10, TimeUnit.SECONDS));

		// The camera is still being released (until the test lets it go), and stop has returned:
		// close() would wait 5 s for it here.
		CompletableFuture.runAsync(loop::stop).get(3, TimeUnit.SECONDS);

		assertEquals(1, driver.openDevices(), "stop returned before the camera was released");
		release.countDown();
		for (int i = 0; i < 100 && loop.isRunning(); i++) {
			Thread.sleep(50);
		}
		assertFalse(loop.isRunning());
		assertEquals(0, driver.openDevices());
		assertEquals(1, closedOn.size());
		assertFalse(closedOn.contains(Thread.currentThread()));
	}

	@Test
	void aCameraTheSystemDoesNotStartSaysHowToAllowItOnAMac() throws Exception {
		Camera camera = new DriverCameras("test", () -> SyntheticWebcamDriver.refused("FaceTime HD Camera")).cameras()
				.getFirst();

		CameraException e = assertThrows(CameraException.class, camera::open);

		assertTrue(e.getMessage().contains("FaceTime HD Camera") && e.getMessage().contains("Privacy & Security > Camera"),
				e.getMessage());
	}

	@Test
	void aPhoneStreamingMjpegIsACamera() throws Exception {
		try (MjpegServer phone = MjpegServer.start(50)) {
			Camera camera = new IpCameras(List.of(phone.url())).cameras().getFirst();
			assertTrue(camera.name().contains("127.0.0.1"), camera.name());

			try (FrameSource frames = camera.open()) {
				BufferedImage frame = frames.nextFrame();
				assertEquals(160, frame.getWidth());
				assertEquals(120, frame.getHeight());
				// The stream's red background, give or take JPEG.
				int rgb = frame.getRGB(150, 110);
				assertTrue(((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 100, Integer.toHexString(rgb));
			}
			assertTrue(phone.framesSent() > 0);
		}
	}

	@Test
	void anAddressThatIsNoStreamUrlIsRefusedWithAnExample() {
		CameraException e = assertThrows(CameraException.class, () -> IpCameras.camera("192.168.1.20:8080"));

		assertTrue(e.getMessage().contains("http://192.168.1.20:8080/video"), e.getMessage());
	}
}
