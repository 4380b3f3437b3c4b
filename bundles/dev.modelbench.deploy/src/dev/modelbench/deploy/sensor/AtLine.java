package dev.modelbench.deploy.sensor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * A serial line that carries SSCMA's AT protocol: commands out, and in, the replies and events
 * ({@link AtReply}) and plain text lines that one {@link AtReplyScanner} finds in what arrives. What
 * {@link SscmaSession} and {@link BoardResultReader} share. Used from one thread.
 */
final class AtLine implements AutoCloseable {

	private final SerialLine line;
	private final AtReplyScanner scanner = new AtReplyScanner();
	private final ArrayDeque<AtReply> pending = new ArrayDeque<>();
	private final List<AtReply> completed = new ArrayList<>();
	private final byte[] buffer = new byte[64 << 10];

	AtLine(SerialLine line) {
		this.line = line;
	}

	/** The port's name. */
	String path() {
		return line.path();
	}

	/** What was read so far: the plain text lines, the last text, what was broken. */
	AtReplyScanner scanner() {
		return scanner;
	}

	/** Sends {@code command} ({@code AT+...}) with the carriage return that ends it. */
	void send(String command) throws ConnectionLostException {
		line.write((command + '\r').getBytes(StandardCharsets.US_ASCII));
	}

	/** Reads what arrives within {@code timeoutMillis} into the replies and lines waiting. */
	void readMore(int timeoutMillis) throws ConnectionLostException {
		int n = line.read(buffer, 0, buffer.length, timeoutMillis);
		if (n > 0) {
			completed.clear();
			scanner.feed(buffer, 0, n, System.nanoTime(), completed);
			pending.addAll(completed);
		}
	}

	/** The next reply read already, or null. */
	AtReply poll() {
		return pending.poll();
	}

	/** The next reply, from what was read already or from the line; null at {@code deadline} ({@link System#nanoTime()}). */
	AtReply read(long deadline) throws ConnectionLostException {
		while (pending.isEmpty()) {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				return null;
			}
			readMore((int) Math.min(left, Integer.MAX_VALUE));
		}
		return pending.poll();
	}

	/** Puts {@code replies} back in front of those waiting, in their order, to be read next. */
	void putBack(List<AtReply> replies) {
		replies.reversed().forEach(pending::addFirst);
	}

	/** Forgets the replies waiting. */
	void forgetPending() {
		pending.clear();
	}

	@Override
	public void close() {
		line.close();
	}
}
