package dev.modelbench.mqtt;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.MqttException;

import dev.modelbench.mqtt.internal.BrokerConnection;
import dev.modelbench.mqtt.internal.DroppingQueue;
import dev.modelbench.mqtt.internal.Messages;
import dev.modelbench.mqtt.internal.ResultGate;
import dev.modelbench.mqtt.internal.StatusBoard;

/**
 * Pushes live results to a broker without ever making the caller wait: {@link #publish} puts the
 * result in a bounded queue (dropping the oldest when full) and a background thread sends it,
 * connecting and reconnecting as needed. Listeners hear how the connection stands.
 */
public final class ResultPublisher implements AutoCloseable {

	/** How long the sender waits for work before it looks at the connection again. */
	private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
	private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

	private final PushSettings settings;
	private final DroppingQueue<LiveResult> queue;
	private final ResultGate gate;
	private final StatusBoard status;
	private final BrokerConnection connection;
	private final Thread sender;
	private final AtomicLong sent = new AtomicLong();
	private volatile LiveResult inFlight;

	private ResultPublisher(PushSettings settings, DeliveryOptions options) {
		this.settings = settings;
		this.queue = new DroppingQueue<>(options.queueCapacity());
		this.gate = new ResultGate(settings.rate());
		this.status = new StatusBoard(ConnectionState.CONNECTING,
				NLS.bind(Messages.Status_connecting, settings.broker().address()));
		this.connection = new BrokerConnection(settings.broker(), "push", options, status, null); //$NON-NLS-1$
		this.sender = new Thread(this::run, "Model Bench MQTT push to " + settings.broker().address()); //$NON-NLS-1$
		sender.setDaemon(true);
	}

	/** Starts pushing with the default queue and retry policy; the connection is made in the background. */
	public static ResultPublisher start(PushSettings settings) {
		return start(settings, DeliveryOptions.DEFAULT);
	}

	/** Starts pushing; the connection is made in the background. */
	public static ResultPublisher start(PushSettings settings, DeliveryOptions options) {
		ResultPublisher publisher = new ResultPublisher(settings, options);
		publisher.sender.start();
		return publisher;
	}

	/**
	 * Queues a result for sending and returns at once, connected or not. Results the push rate
	 * leaves out are counted by {@link #skippedCount()}; those pushed out of a full queue by
	 * {@link #droppedCount()}. Ignored once closed.
	 */
	public void publish(LiveResult result) {
		if (connection.isClosing()) {
			return;
		}
		if (gate.admit(result, System.nanoTime())) {
			queue.offer(result);
		}
	}

	/**
	 * Queues a result whose delivery matters, for a batch (files rather than a live camera): while
	 * the broker is connected or being reached, a full queue makes the caller wait for room, so
	 * results go out at the broker's pace and none is dropped. Once the broker is away or refused,
	 * it waits no more and queues as {@link #publish} does.
	 */
	public void deliver(LiveResult result) throws InterruptedException {
		while (!connection.isClosing() && brokerIsUpOrBeingReached()
				&& !queue.awaitRoom(IDLE_NANOS, TimeUnit.NANOSECONDS)) {
			// The state is looked at again every idle period: a broker that goes away stops the wait.
		}
		publish(result);
	}

	private boolean brokerIsUpOrBeingReached() {
		ConnectionState state = status().state();
		return state == ConnectionState.CONNECTED || state == ConnectionState.CONNECTING;
	}

	/**
	 * Why the last attempt to connect failed, in the user's words and without the retry notice the
	 * status adds: what the end of a run reports. Empty if no attempt failed.
	 */
	public Optional<String> lastFailure() {
		return Optional.ofNullable(connection.lastFailure());
	}

	public ConnectionStatus status() {
		return status.current();
	}

	/** Adds a listener, which is told the current status at once and then every change. */
	public void addConnectionListener(ConnectionListener listener) {
		status.add(listener);
	}

	public void removeConnectionListener(ConnectionListener listener) {
		status.remove(listener);
	}

	/** Results the broker accepted (written out at QoS 0, acknowledged at QoS 1 and 2). */
	public long sentCount() {
		return sent.get();
	}

	/** Results dropped unsent because newer ones filled the queue (the broker was slow or away). */
	public long droppedCount() {
		return queue.dropped();
	}

	/** Results the push rate left out on purpose (a repeated label, or one superseded by a newer one). */
	public long skippedCount() {
		return gate.skipped();
	}

	/** Results queued or being sent. */
	public int pendingCount() {
		return queue.size() + (inFlight != null ? 1 : 0) + (gate.holding() ? 1 : 0);
	}

	/**
	 * Waits until every queued result has been sent, for at most {@code timeout}; true if all were.
	 * For the end of a command-line run; a live loop never needs it.
	 */
	public boolean awaitSent(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (pendingCount() > 0) {
			ConnectionState state = status().state();
			if (state == ConnectionState.REFUSED || state == ConnectionState.CLOSED || System.nanoTime() - deadline > 0) {
				return false;
			}
			Thread.sleep(5);
		}
		return true;
	}

	public PushSettings settings() {
		return settings;
	}

	/**
	 * Stops pushing: results not yet sent are discarded and the connection is closed. Waits a few
	 * seconds at most for the sender; it is a daemon thread and ends by itself if it takes longer.
	 */
	@Override
	public void close() {
		connection.signalClose();
		if (Thread.currentThread() == sender) {
			return; // closed by a listener: the thread ends when the listener returns
		}
		try {
			sender.join(CLOSE_WAIT.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		try {
			while (!connection.isClosing()) {
				if (!connection.ensureConnected()) {
					// Refused: the settings must change; wait for the owner to close.
					connection.awaitClose(Duration.ofDays(365));
					break;
				}
				LiveResult next = nextResult();
				if (next != null) {
					send(next);
				}
			}
		} finally {
			queue.clear();
			connection.close();
		}
	}

	private LiveResult nextResult() {
		long wait = Math.min(IDLE_NANOS, gate.nanosUntilDue(System.nanoTime()));
		try {
			LiveResult next = queue.poll(wait, TimeUnit.NANOSECONDS);
			return next != null ? next : gate.takeDue(System.nanoTime());
		} catch (InterruptedException e) {
			connection.signalClose();
			return null;
		}
	}

	private void send(LiveResult result) {
		inFlight = result;
		try {
			connection.publish(settings.topic(), settings.payload().encode(result), settings.qos());
			sent.incrementAndGet();
		} catch (MqttException e) {
			// Not sent: keep its place in line and connect anew.
			queue.putBack(result);
			connection.lost();
		} finally {
			inFlight = null;
		}
	}
}
