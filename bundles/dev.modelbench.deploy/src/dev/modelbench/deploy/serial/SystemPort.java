package dev.modelbench.deploy.serial;

import java.util.Optional;

import dev.modelbench.deploy.board.UsbId;

/**
 * A port as the serial library lists it, before it is named the way users know it.
 *
 * @param name        the system's short name ({@code COM3}, {@code ttyACM0}, {@code cu.usbmodem1101})
 * @param path        the system's device path ({@code \\.\COM3}, {@code /dev/ttyACM0}), may be empty
 * @param description what the system says it is, may be empty
 * @param usbId       its USB ids where the system knows them
 */
public record SystemPort(String name, String path, String description, Optional<UsbId> usbId) {

	public SystemPort {
		path = path == null ? "" : path; //$NON-NLS-1$
		description = description == null ? "" : description; //$NON-NLS-1$
	}
}
