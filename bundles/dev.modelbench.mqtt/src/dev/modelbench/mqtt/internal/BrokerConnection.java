package dev.modelbench.mqtt.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.MessageListener;
import dev.modelbench.mqtt.ReceivedMessage;

/**
 * One client's link to a broker: connects, and after a failure or a lost connection connects again
 * with growing pauses, reporting each change to a {@link StatusBoard}. All calls but
 * {@link #signalClose()} come from the one thread that owns the connection; Paho's own threads are
 * daemons from a pool that {@link #close()} shuts down.
 */
public final class BrokerConnection {

	private static final int KEEP_ALIVE_SECONDS = 30;
	private static final int PAHO_THREADS = 6;
	private static final long DISCONNECT_QUIESCE_MS = 500;
	private static final long DISCONNECT_TIMEOUT_MS = 1000;
	private static final Duration IN_FLIGHT_PAUSE = Duration.ofMillis(2);

	private final BrokerSettings broker;
	private final DeliveryOptions options;
	private final StatusBoard status;
	private final MessageListener incoming;
	private final Backoff backoff;
	private final CountDownLatch closeSignal = new CountDownLatch(1);
	private final ScheduledExecutorService pahoThreads;
	private final MqttClient client;
	private final String connectedMessage;
	private boolean attempted;
	private volatile String lastFailure;

	/**
	 * @param clientKind short word in the client id, so a broker's log tells publishers from subscribers
	 * @param incoming   receives messages on subscribed topics; null for a publisher
	 */
	public BrokerConnection(BrokerSettings broker, String clientKind, DeliveryOptions options, StatusBoard status,
			MessageListener incoming) {
		this.broker = broker;
		this.options = options;
		this.status = status;
		this.incoming = incoming;
		this.backoff = new Backoff(options.firstRetry(), options.maxRetry());
		this.pahoThreads = Executors.newScheduledThreadPool(PAHO_THREADS, new DaemonThreads("Model Bench MQTT " + clientKind)); //$NON-NLS-1$
		// A 3.1.1 client id of at most 23 characters is one every broker must accept.
		String clientId = "modelbench-" + clientKind.charAt(0) + '-' //$NON-NLS-1$
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String uri = (broker.tls() ? "ssl://" : "tcp://") + broker.address(); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			client = new MqttClient(uri, clientId, new MemoryPersistence(), pahoThreads);
		} catch (MqttException e) {
			pahoThreads.shutdownNow();
			throw new IllegalArgumentException("Paho does not take " + uri, e); //$NON-NLS-1$
		}
		// One wait for every blocking call, connect included: it must outlast Paho's connect timeout.
		client.setTimeToWait(Math.max(options.sendTimeout().toMillis(), options.connectTimeout().toMillis() + 1000));
		connectedMessage = NLS.bind(Messages.Status_connected, broker.address());
		client.setCallback(new Callback());
	}

	/**
	 * Returns once connected (true), or once the broker refused the login or the connection was
	 * closed (false). Between failed attempts it waits, twice as long each time up to the cap.
	 */
	public boolean ensureConnected() {
		while (!isClosing()) {
			if (client.isConnected()) {
				// Also reached when an attempt that timed out on this side completed on Paho's.
				status.update(ConnectionState.CONNECTED, connectedMessage);
				return true;
			}
			if (!attempted) {
				attempted = true;
				status.update(ConnectionState.CONNECTING, NLS.bind(Messages.Status_connecting, broker.address()));
			}
			try {
				client.connect(connectOptions());
				backoff.reset();
				status.update(ConnectionState.CONNECTED, connectedMessage);
				return true;
			} catch (MqttException failure) {
				String reason = FailureMessage.explain(failure, broker, options.connectTimeout().toSeconds());
				lastFailure = reason;
				if (FailureMessage.isRefusal(failure)) {
					status.update(ConnectionState.REFUSED, reason);
					return false;
				}
				Duration pause = backoff.next();
				status.update(ConnectionState.RECONNECTING, NLS.bind(Messages.Status_retrying, reason, seconds(pause)));
				awaitClose(pause);
			}
		}
		return false;
	}

	public boolean isConnected() {
		return client.isConnected();
	}

	/** Why the last connection attempt failed, without the retry notice; null if none failed. */
	public String lastFailure() {
		return lastFailure;
	}

	/**
	 * Publishes and waits until the broker has it. Paho counts a QoS 1 or 2 message in flight until
	 * its callback thread has handled the acknowledgement, which may be after publish returned: sends
	 * in a row on a healthy connection then meet "too many publishes in progress" (seen in one of
	 * three runs of 1,000 results). That waits for the count to fall rather than dropping the link.
	 */
	public void publish(String topic, byte[] payload, int qos) throws MqttException {
		long deadline = System.nanoTime() + options.sendTimeout().toNanos();
		while (true) {
			try {
				client.publish(topic, payload, qos, false);
				return;
			} catch (MqttException e) {
				if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT || System.nanoTime() - deadline > 0
						|| awaitClose(IN_FLIGHT_PAUSE)) {
					throw e;
				}
			}
		}
	}

	public void subscribe(String topicFilter, int qos) throws MqttException {
		client.subscribe(topicFilter, qos);
	}

	/** A send failed: the connection is deemed dead and will be made anew. */
	public void lost() {
		if (client.isConnected()) {
			// A send that timed out leaves a connection that looks alive; drop it to start afresh.
			try {
				client.disconnectForcibly(0, DISCONNECT_TIMEOUT_MS);
			} catch (MqttException e) {
				// It is being replaced anyway.
			}
		}
		reportLost();
	}

	/** Asks the owning thread to stop; callable from any thread, returns at once. */
	public void signalClose() {
		closeSignal.countDown();
	}

	public boolean isClosing() {
		return closeSignal.getCount() == 0;
	}

	/** Waits until {@link #signalClose()} or the time is up; true if closing. */
	public boolean awaitClose(Duration timeout) {
		try {
			return closeSignal.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			signalClose();
			return true;
		}
	}

	/** Disconnects (letting sent messages finish briefly), frees the client and its threads. */
	public void close() {
		signalClose();
		try {
			if (client.isConnected()) {
				client.disconnectForcibly(DISCONNECT_QUIESCE_MS, DISCONNECT_TIMEOUT_MS);
			}
		} catch (MqttException e) {
			// Closing anyway.
		}
		try {
			client.close(true);
		} catch (MqttException e) {
			// Closing anyway.
		}
		pahoThreads.shutdownNow();
		status.update(ConnectionState.CLOSED, NLS.bind(Messages.Status_closed, broker.address()));
	}

	public BrokerSettings broker() {
		return broker;
	}

	private MqttConnectOptions connectOptions() {
		MqttConnectOptions connect = new MqttConnectOptions();
		// Moquette speaks 3.1.1 only; naming it spares a 3.1 retry after a refusal.
		connect.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		connect.setCleanSession(true);
		connect.setAutomaticReconnect(false);
		connect.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
		connect.setConnectionTimeout((int) options.connectTimeout().toSeconds());
		if (!broker.user().isEmpty()) {
			connect.setUserName(broker.user());
			connect.setPassword(broker.password().toCharArray());
		}
		if (broker.tls()) {
			connect.setSocketFactory(BrokerTls.socketFactory(broker));
			connect.setHttpsHostnameVerificationEnabled(BrokerTls.checksHostName(broker));
		}
		return connect;
	}

	private void reportLost() {
		// Paho tells of a loss after it marked the client disconnected, so the owner may already
		// have connected again; a late report must not overwrite that.
		if (!isClosing() && !client.isConnected()) {
			status.update(ConnectionState.RECONNECTING, NLS.bind(Messages.Failure_connectionLost, broker.address()));
		}
	}

	private static String seconds(Duration pause) {
		return BigDecimal.valueOf(pause.toMillis(), 3).stripTrailingZeros().toPlainString();
	}

	private final class Callback implements MqttCallback {

		@Override
		public void connectionLost(Throwable cause) {
			reportLost();
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (incoming == null) {
				return;
			}
			// An exception thrown back into Paho would drop the connection.
			try {
				incoming.messageArrived(new ReceivedMessage(topic, message.getPayload(), Instant.now()));
			} catch (RuntimeException e) {
				Thread current = Thread.currentThread();
				current.getUncaughtExceptionHandler().uncaughtException(current, e);
			}
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
			// The sender waits for each message itself.
		}
	}
}
