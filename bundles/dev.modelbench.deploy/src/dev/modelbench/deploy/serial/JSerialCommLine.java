package dev.modelbench.deploy.serial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.osgi.util.NLS;

import com.fazecast.jSerialComm.SerialPort;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.internal.Messages;

/** A {@link SerialLine} on jSerialComm. */
final class JSerialCommLine implements SerialLine {

	private static final int EACCES = 13;
	/** A write that takes longer has met a line nobody reads. */
	private static final int WRITE_TIMEOUT = 5000;

	private final SerialPort port;
	private final String path;
	private int timeout = 100;
	private volatile boolean closed;

	private JSerialCommLine(SerialPort port, String path) {
		this.port = port;
		this.path = path;
	}

	static JSerialCommLine open(String path, int baudRate) throws PortNotFoundException, PortBusyException {
		if (looksLikeFile(path) && !Files.exists(Paths.get(path))) {
			throw new PortNotFoundException(NLS.bind(Messages.Port_notFound, path));
		}
		SerialPort port;
		try {
			port = SerialPort.getCommPort(path);
		} catch (RuntimeException e) { // jSerialComm's SerialPortInvalidPortException
			throw new PortNotFoundException(NLS.bind(Messages.Port_notFound, path), e);
		}
		port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
		port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
		port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100,
				WRITE_TIMEOUT);
		if (!port.openPort(0)) {
			int error = port.getLastErrorCode();
			if (error == EACCES) {
				throw new PortBusyException(NLS.bind(Messages.Port_noPermission, path));
			}
			if (!looksLikeFile(path) || Files.exists(Paths.get(path))) {
				// jSerialComm locks the ports it opens; a second opener fails with EBUSY or its own codes.
				throw new PortBusyException(NLS.bind(Messages.Port_busyElsewhere, path, Integer.valueOf(error)));
			}
			throw new PortNotFoundException(NLS.bind(Messages.Port_cannotOpen, path, Integer.valueOf(error)));
		}
		return new JSerialCommLine(port, path);
	}

	private static boolean looksLikeFile(String path) {
		return path.startsWith("/"); //$NON-NLS-1$
	}

	@Override
	public String path() {
		return path;
	}

	@Override
	public void setBaudRate(int baudRate) throws ConnectionLostException {
		checkOpen();
		if (!port.setBaudRate(baudRate)) {
			throw lost();
		}
	}

	@Override
	public void write(byte[] data) throws ConnectionLostException {
		checkOpen();
		int done = 0;
		while (done < data.length) {
			int n = port.writeBytes(data, data.length - done, done);
			if (n <= 0) { // an error, or nothing taken within the write timeout
				throw lost();
			}
			done += n;
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws ConnectionLostException {
		checkOpen();
		if (timeoutMillis != timeout) {
			port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
					Math.max(1, timeoutMillis), WRITE_TIMEOUT);
			timeout = timeoutMillis;
		}
		int n = port.readBytes(buffer, length, offset);
		if (n < 0) {
			throw lost();
		}
		return n;
	}

	@Override
	public void discardInput() throws ConnectionLostException {
		checkOpen();
		byte[] scrap = new byte[256];
		int available;
		while ((available = port.bytesAvailable()) > 0) {
			port.readBytes(scrap, Math.min(available, scrap.length));
		}
		if (available < 0) {
			throw lost();
		}
	}

	@Override
	public boolean setControlLines(boolean dtr, boolean rts) {
		boolean dtrSet = dtr ? port.setDTR() : port.clearDTR();
		boolean rtsSet = rts ? port.setRTS() : port.clearRTS();
		return dtrSet && rtsSet;
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			port.closePort();
		}
	}

	private void checkOpen() throws ConnectionLostException {
		if (closed) {
			throw new ConnectionLostException(NLS.bind(Messages.Port_closed, path));
		}
	}

	private ConnectionLostException lost() {
		return new ConnectionLostException(NLS.bind(Messages.Port_lost, path));
	}

	/** The real device behind a symbolic link, so that two names of one port are seen as one. */
	static String canonical(String path) {
		try {
			Path p = Paths.get(path);
			return Files.exists(p) ? p.toRealPath().toString() : path;
		} catch (Exception e) { // an unusual name (COM3 on Windows): the name is the identity
			return path;
		}
	}
}
