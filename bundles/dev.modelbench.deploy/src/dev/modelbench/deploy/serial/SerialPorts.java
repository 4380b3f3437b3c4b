package dev.modelbench.deploy.serial;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import com.fazecast.jSerialComm.SerialPort;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.internal.Messages;

/** The serial ports of this computer, with their USB ids where the system knows them. */
public final class SerialPorts {

	private SerialPorts() {
	}

	/** The ports the system lists now (USB serial, built-in); ptys are not listed but open by path. */
	public static List<PortInfo> list() {
		List<SystemPort> listed = new ArrayList<>();
		for (SerialPort port : SerialPort.getCommPorts()) {
			listed.add(systemPort(port));
		}
		return list(Host.current().os(), listed);
	}

	/**
	 * The ports of {@code listed}, each once and named as users of {@code os} know it: {@code COM3}
	 * on Windows (not {@code \\.\COM3}), {@code /dev/cu.usbmodem1101} on a Mac (its {@code tty.}
	 * twin waits for a modem's carrier and is left out), {@code /dev/ttyACM0} on Linux.
	 */
	public static List<PortInfo> list(Host.Os os, List<SystemPort> listed) {
		Map<String, PortInfo> ports = new LinkedHashMap<>();
		for (SystemPort port : listed) {
			String path = PortNames.asUsersKnowIt(os, port);
			PortInfo known = ports.get(path);
			// The Mac lists a device twice (cu. and tty.); keep the entry that knows most about it.
			if (known == null || known.usbId().isEmpty() && port.usbId().isPresent()) {
				ports.put(path, new PortInfo(path, port.description(), port.usbId()));
			}
		}
		return List.copyOf(ports.values());
	}

	/**
	 * A port typed in by the user: one the system lists, or any existing device path (a pty).
	 *
	 * @throws PortNotFoundException when there is no such port
	 */
	public static PortInfo byPath(String path) throws PortNotFoundException {
		return byPath(Host.current().os(), path, list());
	}

	/**
	 * The port {@code typed} names among {@code listed}, however the user wrote it ({@code com3},
	 * {@code /dev/tty.usbmodem1101}), or else an existing device file (a pty).
	 *
	 * @throws PortNotFoundException when there is no such port
	 */
	public static PortInfo byPath(Host.Os os, String typed, List<PortInfo> listed) throws PortNotFoundException {
		String path = PortNames.typed(os, typed);
		for (PortInfo port : listed) {
			// Device files may have other names (symbolic links); Windows' COM names are names only.
			if (port.path().equals(path) || os != Host.Os.WINDOWS
					&& JSerialCommLine.canonical(port.path()).equals(JSerialCommLine.canonical(path))) {
				return port;
			}
		}
		if (path.startsWith("/") && Files.exists(Paths.get(path))) { //$NON-NLS-1$
			return new PortInfo(path, "", Optional.empty()); //$NON-NLS-1$
		}
		throw new PortNotFoundException(NLS.bind(Messages.Port_notFound, typed.strip()));
	}

	private static SystemPort systemPort(SerialPort port) {
		Optional<UsbId> usb = Optional.empty();
		int vendor = port.getVendorID();
		int product = port.getProductID();
		if (vendor >= 0 && product >= 0) {
			usb = Optional.of(new UsbId(vendor, product));
		}
		return new SystemPort(port.getSystemPortName(), port.getSystemPortPath(), port.getPortDescription(), usb);
	}
}
