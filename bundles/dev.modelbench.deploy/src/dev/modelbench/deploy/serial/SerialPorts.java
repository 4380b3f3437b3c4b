package dev.modelbench.deploy.serial;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import com.fazecast.jSerialComm.SerialPort;

import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.internal.Messages;

/** The serial ports of this computer, with their USB ids where the system knows them. */
public final class SerialPorts {

	private SerialPorts() {
	}

	/** The ports the system lists now (USB serial, built-in); ptys are not listed but open by path. */
	public static List<PortInfo> list() {
		List<PortInfo> ports = new ArrayList<>();
		for (SerialPort port : SerialPort.getCommPorts()) {
			ports.add(describe(port));
		}
		return ports;
	}

	/**
	 * A port typed in by the user: one the system lists, or any existing device path (a pty).
	 *
	 * @throws PortNotFoundException when there is no such port
	 */
	public static PortInfo byPath(String path) throws PortNotFoundException {
		String wanted = JSerialCommLine.canonical(path.strip());
		for (PortInfo listed : list()) {
			if (JSerialCommLine.canonical(listed.path()).equals(wanted)) {
				return listed;
			}
		}
		if (path.startsWith("/") && Files.exists(Paths.get(path.strip()))) { //$NON-NLS-1$
			return new PortInfo(path.strip(), "", Optional.empty()); //$NON-NLS-1$
		}
		throw new PortNotFoundException(NLS.bind(Messages.Port_notFound, path));
	}

	private static PortInfo describe(SerialPort port) {
		Optional<UsbId> usb = Optional.empty();
		int vendor = port.getVendorID();
		int product = port.getProductID();
		if (vendor >= 0 && product >= 0) {
			usb = Optional.of(new UsbId(vendor, product));
		}
		String path = port.getSystemPortPath();
		return new PortInfo(path == null ? port.getSystemPortName() : path, port.getPortDescription(), usb);
	}
}
