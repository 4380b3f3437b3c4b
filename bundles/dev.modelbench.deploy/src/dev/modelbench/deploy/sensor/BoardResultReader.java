package dev.modelbench.deploy.sensor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * The results of a model running on a board, read from its serial line: the {@code label,confidence}
 * lines Model Bench's model sketches print, and SSCMA {@code INVOKE} events, which SenseCraft's
 * firmware and Model Bench's XIAO camera sketch send with the frame they classified once asked with
 * {@code AT+INVOKE=-1,0,0} (see capture-protocol.md). A damaged frame is dropped and counted, and
 * its result is kept without it. Used from one thread.
 */
public final class BoardResultReader implements AutoCloseable {

	/** The rate Model Bench's model sketches print at. */
	public static final int MODEL_SKETCH_BAUD = 115_200;

	/** What SSCMA calls the command and its events. */
	static final String INVOKE = "INVOKE"; //$NON-NLS-1$

	private static final int STOP_ANSWER_MILLIS = 500;

	private final AtLine line;
	private final List<String> classNames;

	private int badFrames;
	private int refusedCode;

	/** @param classNames the model's classes in its order, for events that name a class by its index */
	public BoardResultReader(SerialLine line, List<String> classNames) {
		this.line = new AtLine(line);
		this.classNames = List.copyOf(classNames);
	}

	/**
	 * Opens {@code port} for a board's results.
	 *
	 * @throws PortNotFoundException when there is no such port
	 * @throws PortBusyException     when another program has it
	 */
	public static BoardResultReader open(String port, int baud, List<String> classNames)
			throws PortNotFoundException, PortBusyException {
		return new BoardResultReader(SerialLine.open(port, baud), classNames);
	}

	/** The port's name. */
	public String port() {
		return line.path();
	}

	/**
	 * Asks the board to send each result with the frame it classified ({@code AT+INVOKE=-1,0,0}).
	 * A sketch that knows no AT commands goes on printing its lines, results alone.
	 */
	public void askForFrames() throws ConnectionLostException {
		line.send("AT+" + INVOKE + "=-1,0,0"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The next result, waiting up to {@code timeoutMillis}.
	 *
	 * @return null when none came in time
	 * @throws ConnectionLostException when the port goes away
	 */
	public BoardResult next(int timeoutMillis) throws ConnectionLostException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		while (true) {
			BoardResult result = fromLines();
			if (result != null) {
				return result;
			}
			AtReply reply = line.poll();
			if (reply != null) {
				result = fromReply(reply);
				if (result != null) {
					return result;
				}
				continue;
			}
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				return null;
			}
			line.readMore((int) Math.min(left, Integer.MAX_VALUE));
		}
	}

	private BoardResult fromLines() {
		for (String text; (text = line.scanner().pollLine()) != null;) {
			Optional<BoardResult> result = parseLine(text);
			if (result.isPresent()) {
				return result.get();
			}
		}
		return null;
	}

	/** A {@code label,confidence} line as the model sketches print it, e.g. {@code cat,0.93}; empty for any other text. */
	static Optional<BoardResult> parseLine(String text) {
		int comma = text.lastIndexOf(',');
		if (comma <= 0) {
			return Optional.empty();
		}
		try {
			double confidence = Double.parseDouble(text.substring(comma + 1).strip());
			if (!(confidence >= 0 && confidence <= 1)) {
				return Optional.empty();
			}
			return Optional.of(new BoardResult(text.substring(0, comma).strip(), confidence, null));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private BoardResult fromReply(AtReply reply) {
		if (reply.answers(INVOKE) && reply.code() != 0) {
			refusedCode = reply.code();
		}
		if (reply.type() != AtReply.EVENT || !reply.name().equals(INVOKE)) {
			return null;
		}
		Optional<long[]> best = best(reply);
		if (best.isEmpty()) {
			return null;
		}
		BoardFrame frame = null;
		if (reply.field("image").isPresent()) { //$NON-NLS-1$
			byte[] jpeg = SensorPayload.of(reply, "image", false); //$NON-NLS-1$
			var picture = jpeg == null ? null : JpegCheck.decode(jpeg);
			if (picture == null) {
				badFrames++;
			} else {
				frame = new BoardFrame(reply.number("count").orElse(-1L).longValue(), jpeg, picture, //$NON-NLS-1$
						reply.completed(), System.nanoTime());
			}
		}
		int target = (int) best.get()[1];
		String label = target >= 0 && target < classNames.size() ? classNames.get(target)
				: NLS.bind(Messages.Results_class, Integer.valueOf(target));
		return new BoardResult(label, best.get()[0] / 100.0, frame);
	}

	/**
	 * The best {@code [score, target]} of an INVOKE event: SSCMA's classifiers send
	 * {@code "classes":[[score,target],...]}, its detectors {@code "boxes":[[x,y,w,h,score,target],...]};
	 * scores are 0 to 100.
	 */
	private static Optional<long[]> best(AtReply reply) {
		long[] best = null;
		for (String key : List.of("classes", "boxes")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!(reply.field(key).orElse(null) instanceof List<?> entries)) {
				continue;
			}
			for (Object entry : entries) {
				if (entry instanceof List<?> values && values.size() >= 2
						&& values.get(values.size() - 2) instanceof Long score
						&& values.getLast() instanceof Long target && (best == null || score.longValue() > best[0])) {
					best = new long[] { score.longValue(), target.longValue() };
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** Frames that came damaged with their results, dropped. */
	public int badFrames() {
		return badFrames;
	}

	/** SSCMA's error code when the board refused to invoke its model (e.g. none loaded), else 0. */
	public int refusedCode() {
		return refusedCode;
	}

	/** The last plain text the board sent, for messages; empty if none. */
	public String lastText() {
		return line.scanner().lastText();
	}

	/**
	 * Asks the board to stop invoking ({@code AT+BREAK}) and waits a moment for its answer, so that
	 * closing the port right after cannot drop the command on its way; a board already gone, or
	 * one that never answers (a sketch without AT commands), is not an error here.
	 */
	public void stop() {
		try {
			line.send("AT+BREAK"); //$NON-NLS-1$
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_ANSWER_MILLIS);
			while (System.nanoTime() < deadline) {
				for (AtReply reply; (reply = line.poll()) != null;) {
					if (reply.answers("BREAK")) { //$NON-NLS-1$
						return;
					}
				}
				line.readMore(50);
			}
		} catch (ConnectionLostException e) {
			// nothing to stop
		}
	}

	@Override
	public void close() {
		line.close();
	}
}
