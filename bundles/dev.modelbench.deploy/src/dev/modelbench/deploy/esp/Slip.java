package dev.modelbench.deploy.esp;

import java.io.ByteArrayOutputStream;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.serial.SerialLine;

/** SLIP framing (RFC 1055) as the ESP ROM uses it: 0xC0 around each packet, 0xC0 and 0xDB escaped. */
public final class Slip {

	public static final int END = 0xC0;
	public static final int ESC = 0xDB;
	public static final int ESC_END = 0xDC;
	public static final int ESC_ESC = 0xDD;

	private final SerialLine line;
	private final byte[] buffer = new byte[4096];
	private int position;
	private int limit;

	/** A reader of frames from {@code line}. */
	public Slip(SerialLine line) {
		this.line = line;
	}

	/** {@code packet} framed and escaped. */
	public static byte[] encode(byte[] packet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(packet.length + 16);
		out.write(END);
		for (byte b : packet) {
			int value = b & 0xFF;
			if (value == END) {
				out.write(ESC);
				out.write(ESC_END);
			} else if (value == ESC) {
				out.write(ESC);
				out.write(ESC_ESC);
			} else {
				out.write(value);
			}
		}
		out.write(END);
		return out.toByteArray();
	}

	/**
	 * The next complete frame, unescaped, or null when none completes before the deadline. Bytes
	 * outside frames (a booting chip's log) are skipped.
	 */
	public byte[] readFrame(long deadlineNanos) throws ConnectionLostException {
		ByteArrayOutputStream frame = null;
		boolean escaped = false;
		while (true) {
			int b = next(deadlineNanos);
			if (b < 0) {
				return null;
			}
			if (frame == null) {
				if (b == END) {
					frame = new ByteArrayOutputStream();
				}
				continue;
			}
			if (b == END) {
				if (frame.size() == 0) {
					continue; // two ENDs in a row: the second opens the frame
				}
				return frame.toByteArray();
			}
			if (escaped) {
				frame.write(b == ESC_END ? END : b == ESC_ESC ? ESC : b);
				escaped = false;
			} else if (b == ESC) {
				escaped = true;
			} else {
				frame.write(b);
			}
		}
	}

	private int next(long deadlineNanos) throws ConnectionLostException {
		if (position == limit) {
			long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				return -1;
			}
			limit = line.read(buffer, 0, buffer.length, (int) Math.min(left, Integer.MAX_VALUE));
			position = 0;
			if (limit == 0) {
				return -1;
			}
		}
		return buffer[position++] & 0xFF;
	}

	/** Forgets bytes read but not yet used. */
	public void clear() {
		position = limit = 0;
	}
}
