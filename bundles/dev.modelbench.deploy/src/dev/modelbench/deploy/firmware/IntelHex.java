package dev.modelbench.deploy.firmware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.internal.Messages;

/** Reads Intel HEX files, what Arduino and AVR compilers write, into a {@link MemoryImage}. */
public final class IntelHex {

	private static final int DATA = 0x00;
	private static final int END_OF_FILE = 0x01;
	private static final int EXTENDED_SEGMENT_ADDRESS = 0x02;
	private static final int START_SEGMENT_ADDRESS = 0x03;
	private static final int EXTENDED_LINEAR_ADDRESS = 0x04;
	private static final int START_LINEAR_ADDRESS = 0x05;

	private IntelHex() {
	}

	/**
	 * Reads a file.
	 *
	 * @throws FirmwareFormatException when it cannot be read or is not valid Intel HEX (the message names the line)
	 */
	public static MemoryImage read(Path file) throws FirmwareFormatException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_unreadable, file, e.getMessage()), e);
		}
		return parse(lines, file.getFileName().toString());
	}

	/** Parses the lines of a HEX file; {@code name} is what messages call it. */
	public static MemoryImage parse(List<String> lines, String name) throws FirmwareFormatException {
		MemoryImage.Builder image = new MemoryImage.Builder();
		long base = 0;
		boolean ended = false;
		for (int i = 0; i < lines.size() && !ended; i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			byte[] record = decode(line, name, i + 1);
			int length = record[0] & 0xFF;
			int offset = ((record[1] & 0xFF) << 8) | (record[2] & 0xFF);
			int type = record[3] & 0xFF;
			byte[] data = java.util.Arrays.copyOfRange(record, 4, 4 + length);
			switch (type) {
			case DATA -> image.put(base + offset, data);
			case END_OF_FILE -> ended = true;
			case EXTENDED_SEGMENT_ADDRESS -> base = (long) word(data, name, i + 1) << 4;
			case EXTENDED_LINEAR_ADDRESS -> base = (long) word(data, name, i + 1) << 16;
			case START_SEGMENT_ADDRESS, START_LINEAR_ADDRESS -> {
				// where execution starts: the chip's reset vector decides on the boards we flash
			}
			default -> throw new FirmwareFormatException(
					NLS.bind(Messages.Hex_badRecordType, new Object[] { name, i + 1, type }));
			}
		}
		if (!ended) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_noEnd, name));
		}
		return image.build();
	}

	private static byte[] decode(String line, String name, int number) throws FirmwareFormatException {
		if (line.charAt(0) != ':' || line.length() < 11 || line.length() % 2 == 0) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_badLine, name, number));
		}
		byte[] bytes = new byte[(line.length() - 1) / 2];
		for (int i = 0; i < bytes.length; i++) {
			int high = Character.digit(line.charAt(1 + 2 * i), 16);
			int low = Character.digit(line.charAt(2 + 2 * i), 16);
			if (high < 0 || low < 0) {
				throw new FirmwareFormatException(NLS.bind(Messages.Hex_badLine, name, number));
			}
			bytes[i] = (byte) (high << 4 | low);
		}
		if ((bytes[0] & 0xFF) + 5 != bytes.length) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_badLength, name, number));
		}
		int sum = 0;
		for (byte b : bytes) {
			sum += b & 0xFF;
		}
		if ((sum & 0xFF) != 0) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_badChecksum, name, number));
		}
		return bytes;
	}

	private static int word(byte[] data, String name, int number) throws FirmwareFormatException {
		if (data.length != 2) {
			throw new FirmwareFormatException(NLS.bind(Messages.Hex_badLength, name, number));
		}
		return ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
	}
}
