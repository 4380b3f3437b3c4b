package dev.modelbench.deploy.serial;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.PortNotFoundException;

/**
 * An open serial port, 8N1 without flow control: what uploaders and the monitor talk through.
 * Reads wait at most the time given; a broken line (cable pulled) is a {@link ConnectionLostException}.
 */
public interface SerialLine extends AutoCloseable {

	/**
	 * Opens the port at {@code path} (a device such as {@code /dev/ttyACM0} or {@code COM3}, or a pty).
	 *
	 * @throws PortNotFoundException when there is no such port
	 * @throws PortBusyException     when another program holds it
	 */
	static SerialLine open(String path, int baudRate) throws PortNotFoundException, PortBusyException {
		return JSerialCommLine.open(path, baudRate);
	}

	/** The name it was opened by. */
	String path();

	void setBaudRate(int baudRate) throws ConnectionLostException;

	/** Writes all of {@code data}, waiting until it has left the computer's buffer. */
	void write(byte[] data) throws ConnectionLostException;

	/**
	 * Reads what has arrived, waiting up to {@code timeoutMillis} for the first byte.
	 *
	 * @return the number of bytes read, 0 when none came in time
	 */
	int read(byte[] buffer, int offset, int length, int timeoutMillis) throws ConnectionLostException;

	/** One byte, 0 to 255, or -1 when none came in time. */
	default int readByte(int timeoutMillis) throws ConnectionLostException {
		byte[] one = new byte[1];
		return read(one, 0, 1, timeoutMillis) == 1 ? one[0] & 0xFF : -1;
	}

	/** Drops whatever has arrived and not been read. */
	void discardInput() throws ConnectionLostException;

	/**
	 * Sets the DTR and RTS lines, which reset boards into their bootloaders.
	 *
	 * @return false when the port has no such lines (a pty, some adapters): not an error
	 */
	boolean setControlLines(boolean dtr, boolean rts);

	/** Closes the port; further calls fail. Closing twice is harmless. */
	@Override
	void close();
}
