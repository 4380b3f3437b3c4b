package dev.modelbench.deploy.serial;

import java.util.Locale;

import dev.modelbench.core.host.Host;

/**
 * Port names as users of each system know them, for the port list and for what they type:
 * {@code COM3} on Windows, {@code /dev/cu.usbmodem1101} on a Mac, {@code /dev/ttyACM0} on Linux.
 */
public final class PortNames {

	/** How Windows' device namespace prefixes a port: {@code \\.\COM3}. */
	private static final String WINDOWS_DEVICE_PREFIX = "\\\\.\\"; //$NON-NLS-1$
	private static final String MAC_DIAL_IN = "/dev/tty."; //$NON-NLS-1$
	private static final String MAC_CALL_OUT = "/dev/cu."; //$NON-NLS-1$
	private static final String DEV = "/dev/"; //$NON-NLS-1$

	private PortNames() {
	}

	/** The name the port list shows for a port the system listed. */
	static String asUsersKnowIt(Host.Os os, SystemPort port) {
		return switch (os) {
		case WINDOWS -> typed(os, port.name().isBlank() ? port.path() : port.name());
		default -> typed(os, port.path().isBlank() ? DEV + port.name() : port.path());
		};
	}

	/**
	 * The port a user typed, named as the port list names it: on Windows without the device
	 * prefix and in capitals ({@code com3} is {@code COM3}); on a Mac the call-out device
	 * ({@code /dev/cu.X}), since opening the dial-in {@code /dev/tty.X} waits for a modem's carrier
	 * that a board never raises.
	 */
	public static String typed(Host.Os os, String text) {
		String name = text.strip();
		return switch (os) {
		case WINDOWS -> {
			if (name.startsWith(WINDOWS_DEVICE_PREFIX)) {
				name = name.substring(WINDOWS_DEVICE_PREFIX.length());
			}
			yield name.toUpperCase(Locale.ROOT).matches("COM\\d+") ? name.toUpperCase(Locale.ROOT) : name; //$NON-NLS-1$
		}
		case MACOS -> name.startsWith(MAC_DIAL_IN) ? MAC_CALL_OUT + name.substring(MAC_DIAL_IN.length()) : name;
		default -> name;
		};
	}
}
