package dev.modelbench.capture.webcam;

import java.util.List;
import java.util.function.Supplier;

import com.github.eduramiba.webcamcapture.drivers.avfoundation.driver.AVFDriver;
import com.github.eduramiba.webcamcapture.drivers.nokhwa.NokhwaDriver;
import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDriver;

import dev.modelbench.core.host.Host;

/**
 * The webcam-capture driver that reaches USB webcams on a system, chosen by its OS and processor:
 * webcam-capture's built-in one (Video4Linux through BridJ) on Linux x86_64, Media Foundation on
 * Windows x64 and AVFoundation on macOS (Apple silicon and Intel), both through
 * webcam-capture-driver-native 1.1.0, which loads its libraries with JNA. The built-in driver's macOS
 * library needs QTKit, which macOS 10.15 removed; neither library set has Linux or Windows arm64:
 * those get {@link #NONE}.
 */
public enum UsbCameraDriver {

	/** webcam-capture's built-in driver: OpenIMAJ's grabber over Video4Linux, loaded by BridJ. */
	VIDEO4LINUX,
	/** Microsoft Media Foundation, through nokhwa's C binding (webcam-capture-driver-native). */
	MEDIA_FOUNDATION,
	/** Apple's AVFoundation, through libvideocapture (webcam-capture-driver-native). */
	AVFOUNDATION,
	/** No driver reaches USB webcams on this system; IP cameras still work. */
	NONE;

	/** The bundle of webcam-capture-driver-native, as the target platform wraps it. */
	static final String NATIVE_DRIVER_BUNDLE = "io.github.eduramiba.webcam-capture-driver-native"; //$NON-NLS-1$

	/** The driver for {@code host}. */
	public static UsbCameraDriver forHost(Host host) {
		return switch (host.os()) {
		case LINUX -> host.arch() == Host.Arch.X86_64 ? VIDEO4LINUX : NONE;
		case WINDOWS -> host.arch() == Host.Arch.X86_64 ? MEDIA_FOUNDATION : NONE;
		case MACOS -> host.arch() == Host.Arch.OTHER ? NONE : AVFOUNDATION;
		case OTHER -> NONE;
		};
	}

	/**
	 * The native libraries this driver loads on {@code arch}, each as its bundle's symbolic name and
	 * the path inside it; empty for {@link #NONE}.
	 */
	public List<NativeLibrary> nativeLibraries(Host.Arch arch) {
		return switch (this) {
		case VIDEO4LINUX -> List.of(
				new NativeLibrary("com.github.sarxos.webcam-capture", //$NON-NLS-1$
						"com/github/sarxos/webcam/ds/buildin/lib/linux_x64/OpenIMAJGrabber.so"), //$NON-NLS-1$
				new NativeLibrary("com.nativelibs4java.bridj", "org/bridj/lib/linux_x64/libbridj.so")); //$NON-NLS-1$ //$NON-NLS-2$
		case MEDIA_FOUNDATION -> List.of(new NativeLibrary(NATIVE_DRIVER_BUNDLE, "win32-x86-64/cnokhwa.dll")); //$NON-NLS-1$
		case AVFOUNDATION -> List.of(new NativeLibrary(NATIVE_DRIVER_BUNDLE,
				(arch == Host.Arch.AARCH64 ? "darwin-aarch64" : "darwin-x86-64") + "/libvideocapture.dylib")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case NONE -> List.of();
		};
	}

	/** Makes the driver; for {@link #NONE} there is none to make. */
	Supplier<WebcamDriver> factory() {
		return switch (this) {
		// The library's built-in driver is not exported: its own factory hands it out.
		case VIDEO4LINUX -> Webcam::getDriver;
		case MEDIA_FOUNDATION -> NokhwaDriver::new;
		case AVFOUNDATION -> AVFDriver::new;
		case NONE -> throw new IllegalStateException("no USB camera driver on this system"); //$NON-NLS-1$
		};
	}

	/**
	 * A native library a driver loads.
	 *
	 * @param bundle the symbolic name of the bundle that carries it
	 * @param path   its path inside that bundle
	 */
	public record NativeLibrary(String bundle, String path) {
	}
}
