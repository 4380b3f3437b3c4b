package dev.modelbench.mqtt;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.MqttException;

import dev.modelbench.mqtt.internal.BrokerConnection;
import dev.modelbench.mqtt.internal.Messages;
import dev.modelbench.mqtt.internal.StatusBoard;

/**
 * Listens to a topic and hands each message that arrives to a listener, so the user can see what
 * boards receive. Connects in the background, reconnects and subscribes again after a loss.
 */
public final class TopicSubscriber implements AutoCloseable {

	private static final Duration WATCH_INTERVAL = Duration.ofMillis(250);
	private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

	private final String topicFilter;
	private final int qos;
	private final StatusBoard status;
	private final BrokerConnection connection;
	private final Thread watcher;

	private TopicSubscriber(BrokerSettings broker, String topicFilter, int qos, MessageListener listener,
			DeliveryOptions options) {
		if (topicFilter == null || topicFilter.isEmpty()) {
			throw new IllegalArgumentException(Messages.Topic_empty);
		}
		if (qos < 0 || qos > 2) {
			throw new IllegalArgumentException("qos must be 0, 1 or 2: " + qos); //$NON-NLS-1$
		}
		this.topicFilter = topicFilter;
		this.qos = qos;
		this.status = new StatusBoard(ConnectionState.CONNECTING, NLS.bind(Messages.Status_connecting, broker.address()));
		this.connection = new BrokerConnection(broker, "sub", options, status, listener); //$NON-NLS-1$
		this.watcher = new Thread(this::run, "Model Bench MQTT subscriber of " + topicFilter); //$NON-NLS-1$
		watcher.setDaemon(true);
	}

	/**
	 * Starts listening to {@code topicFilter} (wildcards {@code +} and {@code #} allowed) with the
	 * default retry policy. The listener is called on a background thread.
	 */
	public static TopicSubscriber open(BrokerSettings broker, String topicFilter, int qos, MessageListener listener) {
		return open(broker, topicFilter, qos, listener, DeliveryOptions.DEFAULT);
	}

	/** Starts listening to {@code topicFilter}; the listener is called on a background thread. */
	public static TopicSubscriber open(BrokerSettings broker, String topicFilter, int qos, MessageListener listener,
			DeliveryOptions options) {
		TopicSubscriber subscriber = new TopicSubscriber(broker, topicFilter, qos, listener, options);
		subscriber.watcher.start();
		return subscriber;
	}

	public String topicFilter() {
		return topicFilter;
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

	/** Stops listening and closes the connection, waiting a few seconds at most. */
	@Override
	public void close() {
		connection.signalClose();
		if (Thread.currentThread() == watcher) {
			return; // closed by a listener: the thread ends when the listener returns
		}
		try {
			watcher.join(CLOSE_WAIT.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		try {
			while (connection.ensureConnected()) {
				try {
					connection.subscribe(topicFilter, qos);
				} catch (MqttException e) {
					if (e.getReasonCode() == MqttException.REASON_CODE_SUBSCRIBE_FAILED) {
						// The broker's rules forbid this topic: asking again would not change that.
						status.update(ConnectionState.REFUSED,
								NLS.bind(Messages.Failure_subscribe, connection.broker().address(), topicFilter));
						break;
					}
					connection.lost();
					continue;
				}
				while (connection.isConnected() && !connection.awaitClose(WATCH_INTERVAL)) {
					// Paho delivers messages on its own thread; this one only watches the link.
				}
			}
			// Refused: the refusal stays on show until the owner closes.
			connection.awaitClose(Duration.ofDays(365));
		} finally {
			connection.close();
		}
	}
}
