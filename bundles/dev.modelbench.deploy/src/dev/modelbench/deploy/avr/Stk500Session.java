package dev.modelbench.deploy.avr;

import java.io.ByteArrayOutputStream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.SerialLine;

/** The STK500v1 commands an upload needs, each sent and its answer checked (AVR061). */
final class Stk500Session {

	static final byte GET_SYNC = 0x30;
	static final byte ENTER_PROGMODE = 0x50;
	static final byte LEAVE_PROGMODE = 0x51;
	static final byte LOAD_ADDRESS = 0x55;
	static final byte PROG_PAGE = 0x64;
	static final byte READ_PAGE = 0x74;
	static final byte READ_SIGN = 0x75;
	static final byte CRC_EOP = 0x20;
	static final byte INSYNC = 0x14;
	static final byte OK = 0x10;
	static final byte FLASH = 'F';

	private final SerialLine line;
	private final int timeoutMillis;

	Stk500Session(SerialLine line, int timeoutMillis) {
		this.line = line;
		this.timeoutMillis = timeoutMillis;
	}

	boolean trySync(int syncTimeout) throws ConnectionLostException {
		line.discardInput();
		line.write(new byte[] { GET_SYNC, CRC_EOP });
		return line.readByte(syncTimeout) == INSYNC && line.readByte(syncTimeout) == OK;
	}

	void discardInput() throws ConnectionLostException {
		line.discardInput();
	}

	/** A command without arguments or answer data. */
	void command(byte command) throws DeployException {
		exchange(new byte[] { command, CRC_EOP }, 0);
	}

	byte[] readSignature() throws DeployException {
		return exchange(new byte[] { READ_SIGN, CRC_EOP }, 3);
	}

	void writePage(long byteAddress, byte[] data) throws DeployException {
		loadAddress(byteAddress);
		ByteArrayOutputStream command = new ByteArrayOutputStream(data.length + 5);
		command.write(PROG_PAGE);
		command.write(data.length >> 8);
		command.write(data.length & 0xFF);
		command.write(FLASH);
		command.writeBytes(data);
		command.write(CRC_EOP);
		exchange(command.toByteArray(), 0);
	}

	byte[] readPage(long byteAddress, int length) throws DeployException {
		loadAddress(byteAddress);
		return exchange(new byte[] { READ_PAGE, (byte) (length >> 8), (byte) length, FLASH, CRC_EOP }, length);
	}

	private void loadAddress(long byteAddress) throws DeployException {
		long word = byteAddress / 2; // the flash is addressed in 16-bit words
		exchange(new byte[] { LOAD_ADDRESS, (byte) word, (byte) (word >> 8), CRC_EOP }, 0);
	}

	/** Sends {@code command}; expects INSYNC, {@code answerLength} bytes, OK. */
	private byte[] exchange(byte[] command, int answerLength) throws DeployException {
		line.write(command);
		int first = line.readByte(timeoutMillis);
		if (first != INSYNC) {
			throw noAnswer(command[0], first);
		}
		byte[] answer = new byte[answerLength];
		int got = 0;
		while (got < answerLength) {
			int n = line.read(answer, got, answerLength - got, timeoutMillis);
			if (n == 0) {
				throw noAnswer(command[0], -1);
			}
			got += n;
		}
		int last = line.readByte(timeoutMillis);
		if (last != OK) {
			throw noAnswer(command[0], last);
		}
		return answer;
	}

	private BoardNotAnsweringException noAnswer(byte command, int got) {
		String what = got < 0 ? Messages.Stk500_silence : String.format("0x%02X", got); //$NON-NLS-1$
		return new BoardNotAnsweringException(
				NLS.bind(Messages.Stk500_badAnswer, new Object[] { line.path(), String.format("0x%02X", command), what })); //$NON-NLS-1$
	}
}
