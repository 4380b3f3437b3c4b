package dev.modelbench.deploy.sensor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the bytes a board sends into SSCMA replies ({@code \r{JSON}\n}) and the plain text between
 * them (boot messages, logs). A reply that is cut short, by lost bytes or by a board that resets
 * and starts a new reply, is counted as broken and never delivered: JSON replies hold no raw
 * {@code \r}, so a {@code \r} inside one means it will never end well.
 */
public final class AtReplyScanner {

	/** Longer than any frame a board sends (a 640 × 480 JPEG in base64 is about 100 kB): runaway input. */
	static final int MAX_REPLY = 4 << 20;
	private static final int MAX_TEXT_LINE = 160;
	/** Text lines kept for {@link #pollLine()}; older ones go when nobody reads them. */
	private static final int KEPT_LINES = 256;

	private byte[] reply = new byte[64 << 10];
	private int replyLength;
	private boolean inReply;
	private boolean afterCarriageReturn;
	private boolean skipping;
	private final StringBuilder line = new StringBuilder();
	private final java.util.ArrayDeque<String> lines = new java.util.ArrayDeque<>();
	private String lastText = ""; //$NON-NLS-1$
	private long textBytes;
	private int broken;

	/**
	 * Reads {@code length} bytes of {@code data}; each reply they complete is added to {@code replies}.
	 *
	 * @param now when the bytes arrived ({@link System#nanoTime()})
	 */
	public void feed(byte[] data, int offset, int length, long now, List<AtReply> replies) {
		for (int i = offset; i < offset + length; i++) {
			byte b = data[i];
			if (inReply) {
				inReply(b, now, replies);
			} else if (afterCarriageReturn && b == '{') {
				afterCarriageReturn = false;
				startReply();
			} else {
				outside(b);
			}
		}
	}

	private void inReply(byte b, long now, List<AtReply> replies) {
		if (b == '\n') {
			inReply = false;
			if (skipping) {
				skipping = false;
				return;
			}
			complete(now, replies);
		} else if (b == '\r') {
			// A reply that stops and another that starts: the first lost its end.
			inReply = false;
			skipping = false;
			broken++;
			afterCarriageReturn = true;
		} else if (!skipping) {
			if (replyLength == reply.length) {
				if (reply.length >= MAX_REPLY) {
					skipping = true;
					broken++;
					return;
				}
				reply = Arrays.copyOf(reply, Math.min(MAX_REPLY, reply.length * 2));
			}
			reply[replyLength++] = b;
		}
	}

	private void startReply() {
		inReply = true;
		skipping = false;
		replyLength = 0;
		reply[replyLength++] = '{';
		flushLine();
	}

	private void complete(long now, List<AtReply> replies) {
		try {
			Optional<AtReply> parsed = AtReply.parse(new String(reply, 0, replyLength, StandardCharsets.ISO_8859_1), now);
			if (parsed.isPresent()) {
				replies.add(parsed.get());
			} else {
				broken++;
			}
		} catch (Json.MalformedException e) {
			broken++;
		}
	}

	private void outside(byte b) {
		afterCarriageReturn = b == '\r';
		if (afterCarriageReturn) { // perhaps the start of a reply: not counted as text
			flushLine();
			return;
		}
		textBytes++;
		if (b == '\n') {
			flushLine();
		} else if (line.length() < MAX_TEXT_LINE) {
			line.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
		}
	}

	private void flushLine() {
		if (!line.isEmpty()) {
			lastText = line.toString().strip();
			line.setLength(0);
			if (lines.size() == KEPT_LINES) {
				lines.poll();
			}
			lines.add(lastText);
		}
	}

	/** Replies that were cut short, garbled or not SSCMA's form, all dropped. */
	public int broken() {
		return broken;
	}

	/** How many bytes came outside any reply: boot messages, logs, or another protocol altogether. */
	public long textBytes() {
		return textBytes;
	}

	/**
	 * The oldest whole line of plain text not taken yet (a model sketch's {@code label,confidence}),
	 * or null; only the newest {@value #KEPT_LINES} are kept.
	 */
	public String pollLine() {
		return lines.poll();
	}

	/** The last line of plain text the board sent, shortened; empty if none. */
	public String lastText() {
		return line.isEmpty() ? lastText : line.toString().strip();
	}
}
