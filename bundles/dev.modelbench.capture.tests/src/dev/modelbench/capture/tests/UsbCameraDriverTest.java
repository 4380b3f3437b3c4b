package dev.modelbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

import com.github.eduramiba.webcamcapture.drivers.avfoundation.driver.AVFVideoDevice;
import com.github.eduramiba.webcamcapture.drivers.nokhwa.NokhwaDriver;

import dev.modelbench.capture.AvailableCameras;
import dev.modelbench.capture.webcam.DriverCameras;
import dev.modelbench.capture.webcam.IpCameras;
import dev.modelbench.capture.webcam.UsbCameraDriver;
import dev.modelbench.core.host.Host;

/**
 * The USB webcam driver each system gets, asked with the system's {@code os.name} and {@code os.arch}
 * as its JVM reports them, and checked against the native libraries the shipped bundles really hold.
 */
class UsbCameraDriverTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "Linux, amd64, VIDEO4LINUX", "Linux, aarch64, NONE", "Windows 11, amd64, MEDIA_FOUNDATION",
			"Windows 10, amd64, MEDIA_FOUNDATION", "Windows 11, aarch64, NONE", "Mac OS X, aarch64, AVFOUNDATION",
			"Mac OS X, x86_64, AVFOUNDATION", "FreeBSD, amd64, NONE" })
	void theUsbDriverIsChosenByOsAndArchitecture(String osName, String osArch, UsbCameraDriver expected) {
		assertEquals(expected, UsbCameraDriver.forHost(Host.of(osName, osArch)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "Linux, amd64", "Windows 11, amd64", "Mac OS X, aarch64", "Mac OS X, x86_64" })
	void eachChosenDriverShipsItsNativeLibraryBuiltForThatSystem(String osName, String osArch) throws Exception {
		Host host = Host.of(osName, osArch);
		List<UsbCameraDriver.NativeLibrary> libraries = UsbCameraDriver.forHost(host).nativeLibraries(host.arch());

		assertFalse(libraries.isEmpty());
		for (UsbCameraDriver.NativeLibrary library : libraries) {
			Bundle bundle = Platform.getBundle(library.bundle());
			assertNotNull(bundle, library.bundle() + " is not in the runtime");
			URL entry = bundle.getEntry(library.path());
			assertNotNull(entry, library.path() + " is not in " + library.bundle());
			try (InputStream in = entry.openStream()) {
				assertEquals(host, NativeHeader.hostOf(in.readNBytes(4096)), library.path());
			}
		}
	}

	@Test
	void whereUsbWebcamsCannotWorkTheUserIsToldToUseAPhoneAsIpCamera() {
		AvailableCameras none = AvailableCameras.list(List.of(DriverCameras.usb(Host.of("Linux", "aarch64"))));

		assertTrue(none.usbUnsupported());
		assertTrue(none.noCameraMessage().startsWith("No camera found. Model Bench cannot use USB webcams on this computer"),
				none.noCameraMessage());
		assertTrue(none.noCameraMessage().contains("Add IP camera"), none.noCameraMessage());
		assertTrue(none.noCameraMessage().contains("USB webcams are not supported on Linux (aarch64)"),
				none.noCameraMessage());
	}

	@Test
	void anIpCameraStillCountsWhereUsbWebcamsCannotWork() {
		AvailableCameras found = AvailableCameras.list(List.of(DriverCameras.usb(Host.of("Windows 11", "aarch64")),
				new IpCameras(List.of("http://192.168.1.20:8080/video"))));

		assertEquals(1, found.cameras().size());
		assertEquals(List.of("USB webcams are not supported on Windows (aarch64); use a phone or another network camera with \"Add IP camera...\"."),
				found.problems());
	}

	@Test
	void theNativeDriverLoadsItsLibraryThroughJnaInOsgiWithoutJavaFx() throws Exception {
		assumeTrue(Host.current().equals(Host.of("Linux", "amd64")), "the driver's library for this system is not in its jar");
		// The Windows driver's Java side, on the Linux library the same jar carries: JNA must find
		// the library inside the wrapped bundle, and nothing may need JavaFX, which is not there.
		AvailableCameras found = AvailableCameras.list(List.of(new DriverCameras("USB webcam", NokhwaDriver::new)));

		assertEquals(List.of(), found.problems());
		if (!Files.exists(Path.of("/dev/video0"))) {
			assertTrue(found.isEmpty());
		}
		// The macOS driver's classes link without JavaFX too (its library cannot load here).
		Class.forName(AVFVideoDevice.class.getName(), true, AVFVideoDevice.class.getClassLoader());
	}

	/** Which system a native library is built for, from its ELF, PE or Mach-O header. */
	private static final class NativeHeader {

		static Host hostOf(byte[] header) {
			ByteBuffer le = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
			if (header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
				return new Host(Host.Os.LINUX, le.getShort(18) == 62 ? Host.Arch.X86_64
						: le.getShort(18) == 183 ? Host.Arch.AARCH64 : Host.Arch.OTHER);
			}
			if (header[0] == 'M' && header[1] == 'Z') {
				int machine = le.getShort(le.getInt(0x3C) + 4) & 0xFFFF;
				return new Host(Host.Os.WINDOWS, machine == 0x8664 ? Host.Arch.X86_64
						: machine == 0xAA64 ? Host.Arch.AARCH64 : Host.Arch.OTHER);
			}
			if (le.getInt(0) == 0xFEEDFACF) { // 64-bit Mach-O, little-endian
				int cpu = le.getInt(4);
				return new Host(Host.Os.MACOS, cpu == 0x01000007 ? Host.Arch.X86_64
						: cpu == 0x0100000C ? Host.Arch.AARCH64 : Host.Arch.OTHER);
			}
			return new Host(Host.Os.OTHER, Host.Arch.OTHER);
		}
	}
}
