package dev.modelbench.deploy.esp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.BoardRefusedException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.SerialLine;

/** Command packets to the ESP ROM loader and their responses, with the status bytes checked. */
final class EspRomSession {

	/** A response: the value word (READ_REG) and the data before the status bytes. */
	record Response(long value, byte[] data) {
	}

	private final SerialLine line;
	private final Slip slip;
	private final int statusBytes;

	EspRomSession(SerialLine line, int statusBytes) {
		this.line = line;
		this.slip = new Slip(line);
		this.statusBytes = statusBytes;
	}

	boolean trySync(int command, byte[] payload, int timeoutMillis) throws DeployException {
		line.discardInput();
		slip.clear();
		send(command, payload, 0);
		try {
			answer(command, timeoutMillis);
			return true;
		} catch (BoardNotAnsweringException e) {
			return false;
		}
	}

	/** Reads and drops frames until the line is quiet for {@code quietMillis}. */
	void drain(int quietMillis) throws ConnectionLostException {
		while (slip.readFrame(System.nanoTime() + quietMillis * 1_000_000L) != null) {
			// the extra SYNC answers
		}
	}

	Response command(int command, byte[] data, int checksum, int timeoutMillis) throws DeployException {
		send(command, data, checksum);
		return answer(command, timeoutMillis);
	}

	private void send(int command, byte[] data, int checksum) throws ConnectionLostException {
		ByteBuffer packet = ByteBuffer.allocate(8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
		packet.put((byte) 0x00).put((byte) command).putShort((short) data.length).putInt(checksum).put(data);
		line.write(Slip.encode(packet.array()));
	}

	/** Reads frames until the response to {@code command}; others (stale answers) are skipped. */
	private Response answer(int command, int timeoutMillis) throws DeployException {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		while (true) {
			byte[] frame = slip.readFrame(deadline);
			if (frame == null) {
				throw new BoardNotAnsweringException(NLS.bind(Messages.Esp_silent,
						new Object[] { line.path(), String.format("0x%02X", command) })); //$NON-NLS-1$
			}
			if (frame.length < 8 || frame[0] != 0x01 || (frame[1] & 0xFF) != command) {
				continue;
			}
			ByteBuffer header = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
			int size = header.getShort(2) & 0xFFFF;
			long value = header.getInt(4) & 0xFFFFFFFFL;
			if (size < statusBytes || frame.length < 8 + size) {
				continue; // not a whole response: the line garbled it
			}
			int status = frame[8 + size - statusBytes] & 0xFF;
			int error = frame[8 + size - statusBytes + 1] & 0xFF;
			if (status != 0) {
				throw new BoardRefusedException(NLS.bind(Messages.Esp_refused,
						new Object[] { line.path(), String.format("0x%02X", command), describe(error) })); //$NON-NLS-1$
			}
			return new Response(value, Arrays.copyOfRange(frame, 8, 8 + size - statusBytes));
		}
	}

	/** The ROM loader's error codes, in words. */
	static String describe(int error) {
		return switch (error) {
		case 0x05 -> Messages.Esp_error05;
		case 0x06 -> Messages.Esp_error06;
		case 0x07 -> Messages.Esp_error07;
		case 0x08 -> Messages.Esp_error08;
		case 0x09 -> Messages.Esp_error09;
		case 0x0A -> Messages.Esp_error0A;
		case 0x0B -> Messages.Esp_error0B;
		default -> String.format("0x%02X", error); //$NON-NLS-1$
		};
	}
}
