package dev.modelbench.deploy.sensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.BoardRefusedException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.NotSscmaException;
import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * A board on a serial line that speaks Seeed's SSCMA AT protocol (SenseCraft's firmware on the
 * XIAO ESP32S3 Sense and the Grove Vision AI V2, or Model Bench's capture sketch): who it is, and
 * its camera frames or microphone sound one after another. Frames and sounds that arrive damaged
 * are dropped and counted in {@link #drops()}, never delivered. Used from one thread.
 */
public final class SscmaSession implements AutoCloseable {

	/** The rate SSCMA boards talk at over USB; USB CDC boards ignore it. */
	public static final int DEFAULT_BAUD = 921_600;

	/** How long a board has to answer a command before it counts as silent. */
	public static final int ANSWER_MILLIS = 5000;

	/** SSCMA's sensor types: 1 a camera (the protocol's), 2 a microphone (Model Bench's capture sketch). */
	static final long CAMERA = 1;
	static final long MICROPHONE = 2;

	private static final int RESEND_MILLIS = 1000;

	private final AtLine line;
	private final AtReplyScanner scanner;
	private String startCommand;
	private int badPayloads;
	private long missed;
	private long delivered;
	private long lastSequence = -1;
	private int brokenSeen;
	private boolean gap;
	private boolean numbered;

	public SscmaSession(SerialLine line) {
		this.line = new AtLine(line);
		scanner = this.line.scanner();
	}

	/**
	 * Opens {@code port} for a board.
	 *
	 * @throws PortNotFoundException when there is no such port
	 * @throws PortBusyException     when another program has it
	 */
	public static SscmaSession open(String port, int baud) throws PortNotFoundException, PortBusyException {
		return new SscmaSession(SerialLine.open(port, baud));
	}

	/** The port's name. */
	public String port() {
		return line.path();
	}

	/**
	 * Asks the board who it is ({@code AT+ID?}, {@code AT+NAME?}, {@code AT+VER?}), stopping what it
	 * was running first ({@code AT+BREAK}).
	 *
	 * @throws BoardNotAnsweringException when nothing at all comes within {@value #ANSWER_MILLIS} ms
	 * @throws NotSscmaException          when what comes is not SSCMA's replies
	 * @throws ConnectionLostException    when the port goes away
	 */
	public BoardIdentity identify() throws DeployException {
		line.send("AT+BREAK"); //$NON-NLS-1$
		String id = null;
		String name = null;
		String software = null;
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MILLISECONDS.toNanos(ANSWER_MILLIS);
		long resend = start;
		while (System.nanoTime() < deadline && (id == null || name == null || software == null)) {
			if (System.nanoTime() >= resend) {
				// A board still booting misses the first question; asking again costs nothing.
				line.send((id == null ? "AT+ID?\r" : "") + (name == null ? "AT+NAME?\r" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ (software == null ? "AT+VER?" : "")); //$NON-NLS-1$ //$NON-NLS-2$
				resend = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RESEND_MILLIS);
			}
			AtReply reply = line.read(Math.min(deadline, resend));
			if (reply == null || reply.code() != 0) {
				continue;
			}
			if (reply.answers("ID?")) { //$NON-NLS-1$
				id = String.valueOf(reply.data());
			} else if (reply.answers("NAME?") && reply.data() instanceof String text) { //$NON-NLS-1$
				name = text;
			} else if (reply.answers("VER?")) { //$NON-NLS-1$
				software = reply.text("software").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (name == null) {
			throw silentOrForeign();
		}
		line.forgetPending();
		return new BoardIdentity(id == null ? "" : id, name, software == null ? "" : software); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private DeployException silentOrForeign() {
		if (scanner.textBytes() > 0 || scanner.broken() > 0) {
			String said = scanner.lastText();
			return new NotSscmaException(NLS.bind(Messages.Sensor_notSscma, line.path(),
					said.isEmpty() ? Messages.Sensor_unreadable : said));
		}
		return new BoardNotAnsweringException(
				NLS.bind(Messages.Sensor_silent, line.path(), Integer.valueOf(ANSWER_MILLIS / 1000)));
	}

	/**
	 * Starts the camera sending frames ({@code AT+SAMPLE=-1}), choosing it first on a board with
	 * several sensors.
	 *
	 * @throws DeployException when the board refuses, is silent, or goes away
	 */
	public void startCamera() throws DeployException {
		List<Map<?, ?>> sensors = sensors();
		if (sensors.size() > 1) {
			choose(sensorOfType(sensors, CAMERA).orElseThrow(
					() -> new BoardRefusedException(NLS.bind(Messages.Sensor_noCamera, line.path()))));
		}
		start();
	}

	/**
	 * Starts the microphone sending sound: only Model Bench's capture sketch has one (sensor type 2).
	 *
	 * @throws DeployException when the board has no microphone, refuses, is silent, or goes away
	 */
	public void startMicrophone() throws DeployException {
		choose(sensorOfType(sensors(), MICROPHONE)
				.orElseThrow(() -> new BoardRefusedException(NLS.bind(Messages.Sensor_noMicrophone, line.path()))));
		start();
	}

	/**
	 * Starts sampling again after the board went quiet, e.g. because it reset and forgot: the
	 * counts of what was lost go on.
	 */
	public void restart() throws DeployException {
		if (startCommand != null) {
			lastSequence = -1;
			gap = true;
			line.send(startCommand);
		}
	}

	private void start() throws DeployException {
		startCommand = "AT+SAMPLE=-1"; //$NON-NLS-1$
		lastSequence = -1;
		line.send(startCommand);
		await("SAMPLE"); //$NON-NLS-1$
	}

	private List<Map<?, ?>> sensors() throws DeployException {
		line.send("AT+SENSORS?"); //$NON-NLS-1$
		AtReply reply = await("SENSORS?"); //$NON-NLS-1$
		List<Map<?, ?>> sensors = new ArrayList<>();
		if (reply.data() instanceof List<?> list) {
			list.stream().filter(Map.class::isInstance).map(item -> (Map<?, ?>) item).forEach(sensors::add);
		}
		return sensors;
	}

	private static Optional<Long> sensorOfType(List<Map<?, ?>> sensors, long type) {
		return sensors.stream().filter(sensor -> Long.valueOf(type).equals(sensor.get("type"))) //$NON-NLS-1$
				.map(sensor -> sensor.get("id")).filter(Long.class::isInstance).map(Long.class::cast).findFirst(); //$NON-NLS-1$
	}

	private void choose(long sensor) throws DeployException {
		line.send("AT+SENSOR=" + sensor + ",1"); //$NON-NLS-1$ //$NON-NLS-2$
		await("SENSOR"); //$NON-NLS-1$
	}

	/** Waits for the answer to {@code command}, keeping the events that come meanwhile. */
	private AtReply await(String command) throws DeployException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_MILLIS);
		List<AtReply> events = new ArrayList<>();
		try {
			while (System.nanoTime() < deadline) {
				AtReply reply = line.read(deadline);
				if (reply == null) {
					continue;
				}
				if (reply.answers(command)) {
					if (reply.code() != 0) {
						throw new BoardRefusedException(NLS.bind(Messages.Sensor_refused,
								new Object[] { line.path(), command, Integer.valueOf(reply.code()) }));
					}
					return reply;
				}
				if (reply.type() == AtReply.EVENT) {
					events.add(reply);
				}
			}
			throw silentOrForeign();
		} finally {
			line.putBack(events);
		}
	}

	/**
	 * The next whole frame or sound, waiting up to {@code timeoutMillis}; damaged ones are skipped
	 * and counted.
	 *
	 * @return null when none came in time
	 * @throws ConnectionLostException when the port goes away
	 */
	public SensorEvent next(int timeoutMillis) throws ConnectionLostException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		while (true) {
			AtReply reply = line.read(deadline);
			if (reply == null) {
				return null;
			}
			if (reply.type() == AtReply.EVENT) {
				SensorEvent event = decode(reply);
				if (event != null) {
					return event;
				}
			}
		}
	}

	private SensorEvent decode(AtReply reply) {
		Optional<String> image = reply.text("image"); //$NON-NLS-1$
		Optional<String> audio = reply.text("audio"); //$NON-NLS-1$
		if (image.isEmpty() && audio.isEmpty()) {
			return null; // results only
		}
		if (scanner.broken() != brokenSeen) {
			brokenSeen = scanner.broken();
			gap = true;
		}
		long sequence = reply.number("count").orElse(-1L).longValue(); //$NON-NLS-1$
		if (sequence >= 0 && lastSequence >= 0 && sequence > lastSequence + 1) {
			missed += sequence - lastSequence - 1;
			gap = true;
		}
		lastSequence = sequence;
		numbered |= sequence >= 0;
		// The capture sketch's sound always carries its checksum.
		byte[] bytes = SensorPayload.of(reply, image.isPresent() ? "image" : "audio", audio.isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		if (bytes == null) {
			return bad();
		}
		SensorEvent event;
		if (image.isPresent()) {
			var picture = JpegCheck.decode(bytes);
			if (picture == null) {
				return bad();
			}
			event = new BoardFrame(sequence, bytes, picture, reply.completed(), System.nanoTime());
		} else {
			if (bytes.length % 2 != 0) {
				return bad();
			}
			short[] samples = new short[bytes.length / 2];
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
			event = new BoardSound(sequence, samples, !gap, reply.completed());
		}
		gap = false;
		delivered++;
		return event;
	}

	private SensorEvent bad() {
		badPayloads++;
		gap = true;
		return null;
	}

	/** What was lost so far. */
	public DropCounts drops() {
		return new DropCounts(scanner.broken(), badPayloads, missed, delivered, numbered);
	}

	/** The last plain text the board sent (a boot message, a log line), for messages; empty if none. */
	public String lastText() {
		return scanner.lastText();
	}

	/** Asks the board to stop sending ({@code AT+BREAK}); a board already gone is not an error here. */
	public void stop() {
		try {
			line.send("AT+BREAK"); //$NON-NLS-1$
		} catch (ConnectionLostException e) {
			// nothing to stop
		}
	}

	@Override
	public void close() {
		line.close();
	}
}
