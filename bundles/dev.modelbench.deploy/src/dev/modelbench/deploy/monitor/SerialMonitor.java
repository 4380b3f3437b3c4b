package dev.modelbench.deploy.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * The serial monitor's engine: reads a port line by line with timestamps, sends lines, keeps a log
 * that can be saved. It gives its port up while an upload uses it and reopens it afterwards (through
 * {@link PortLeases}), so uploading never fails because the monitor is open.
 */
public final class SerialMonitor implements AutoCloseable {

	/** Where the monitor stands. */
	public enum State {
		/** Reading the port. */
		OPEN,
		/** Stepped aside for an upload; reopens when it ends. */
		PAUSED,
		/** Could not reopen, or the line broke; {@link #reopen()} tries again. */
		DISCONNECTED,
		/** Closed for good. */
		CLOSED
	}

	private static final int READ_TIMEOUT_MS = 50;
	private static final Duration REOPEN_PATIENCE = Duration.ofSeconds(5);
	private static final int LOG_LIMIT = 100_000;
	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final String port;
	private final int baudRate;
	private final LineEnding lineEnding;
	private final MonitorListener listener;
	private final Clock clock;
	private final List<MonitorLine> log = new ArrayList<>();
	private final Object lock = new Object();

	private PortLease lease;
	private SerialLine line;
	private volatile Thread reader;
	private volatile State state = State.CLOSED;

	private SerialMonitor(String port, int baudRate, LineEnding lineEnding, MonitorListener listener, Clock clock) {
		this.port = port;
		this.baudRate = baudRate;
		this.lineEnding = lineEnding;
		this.listener = listener;
		this.clock = clock;
	}

	/**
	 * Opens a monitor on {@code port}.
	 *
	 * @throws DeployException when the port is missing or busy (an upload in Model Bench, another program)
	 */
	public static SerialMonitor open(String port, int baudRate, LineEnding lineEnding, MonitorListener listener)
			throws DeployException {
		SerialMonitor monitor = new SerialMonitor(port, baudRate, lineEnding, listener, Clock.systemUTC());
		monitor.lease = PortLeases.shared().acquireYielding(port, Messages.Lease_monitor, monitor.new Yield());
		try {
			monitor.connect();
		} catch (DeployException e) {
			monitor.lease.close();
			throw e;
		}
		return monitor;
	}

	public State state() {
		return state;
	}

	public String port() {
		return port;
	}

	/** Sends {@code text} and the line ending, and logs it. */
	public void send(String text) throws DeployException {
		SerialLine current;
		synchronized (lock) {
			current = line;
		}
		if (current == null || state != State.OPEN) {
			throw new ConnectionLostException(NLS.bind(Messages.Monitor_notOpen, port));
		}
		current.write((text + lineEnding.text()).getBytes(StandardCharsets.UTF_8));
		record(new MonitorLine(clock.instant(), true, text));
	}

	/** The lines so far, oldest first (the last {@value #LOG_LIMIT}). */
	public List<MonitorLine> log() {
		synchronized (log) {
			return List.copyOf(log);
		}
	}

	/** Writes the log as text, one line each: time, {@code <} received or {@code >} sent, the text. */
	public void saveLog(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		for (MonitorLine entry : log()) {
			text.append(LOG_TIME.format(entry.time())).append(entry.sent() ? " > " : " < ").append(entry.text()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** Tries to open the port again after it was lost. */
	public void reopen() throws DeployException {
		if (state == State.DISCONNECTED) {
			connect();
		}
	}

	@Override
	public void close() {
		disconnect(State.CLOSED, null);
		if (lease != null) {
			lease.close();
		}
	}

	private void connect() throws DeployException {
		synchronized (lock) {
			line = SerialLine.open(port, baudRate);
			state = State.OPEN;
			SerialLine reading = line;
			// Assigned before it starts: the thread reads only while it is the monitor's reader.
			reader = Thread.ofPlatform().daemon().name("Serial monitor " + port).unstarted(() -> read(reading)); //$NON-NLS-1$
			reader.start();
		}
		listener.state(State.OPEN, null);
	}

	private void disconnect(State next, String message) {
		Thread stopping;
		synchronized (lock) {
			stopping = reader;
			reader = null;
			state = next;
		}
		if (stopping != null && stopping != Thread.currentThread()) {
			try {
				stopping.join(2000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		synchronized (lock) {
			if (line != null) {
				line.close();
				line = null;
			}
		}
		listener.state(next, message);
	}

	private void read(SerialLine reading) {
		byte[] buffer = new byte[1024];
		ByteArrayOutputStream partial = new ByteArrayOutputStream();
		while (Thread.currentThread() == reader) {
			int n;
			try {
				n = reading.read(buffer, 0, buffer.length, READ_TIMEOUT_MS);
			} catch (ConnectionLostException e) {
				if (Thread.currentThread() == reader) {
					Thread.ofVirtual().start(() -> disconnect(State.DISCONNECTED, e.getMessage()));
				}
				return;
			}
			for (int i = 0; i < n; i++) {
				byte b = buffer[i];
				if (b == '\n') {
					String text = partial.toString(StandardCharsets.UTF_8);
					if (text.endsWith("\r")) { //$NON-NLS-1$
						text = text.substring(0, text.length() - 1);
					}
					partial.reset();
					record(new MonitorLine(clock.instant(), false, text));
				} else {
					partial.write(b);
				}
			}
		}
	}

	private void record(MonitorLine entry) {
		synchronized (log) {
			if (log.size() == LOG_LIMIT) {
				log.removeFirst();
			}
			log.add(entry);
		}
		listener.line(entry);
	}

	/** Steps aside for an upload, and comes back after it. */
	private final class Yield implements PortLeases.Yielding {

		@Override
		public void pause() {
			disconnect(State.PAUSED, NLS.bind(Messages.Monitor_paused, port));
		}

		@Override
		public void resume() {
			// The board may re-enumerate after flashing: give its port a few seconds to come back.
			Instant giveUp = Instant.now().plus(REOPEN_PATIENCE);
			DeployException last = null;
			while (Instant.now().isBefore(giveUp)) {
				try {
					connect();
					return;
				} catch (DeployException e) {
					last = e;
					try {
						Thread.sleep(200);
					} catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			}
			disconnect(State.DISCONNECTED, last == null ? null : last.getMessage());
		}
	}
}
