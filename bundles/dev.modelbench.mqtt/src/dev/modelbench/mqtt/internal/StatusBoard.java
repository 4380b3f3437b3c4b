package dev.modelbench.mqtt.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.modelbench.mqtt.ConnectionListener;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.ConnectionStatus;

/** The current status of a connection and the listeners told of each change. */
public final class StatusBoard {

	private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
	private volatile ConnectionStatus current;

	public StatusBoard(ConnectionState state, String message) {
		current = new ConnectionStatus(state, message, Instant.now());
	}

	public ConnectionStatus current() {
		return current;
	}

	/** Moves to {@code state}; listeners hear of it unless nothing changed. */
	public void update(ConnectionState state, String message) {
		ConnectionStatus changed;
		synchronized (this) {
			if (current.state() == state && current.message().equals(message)) {
				return;
			}
			changed = new ConnectionStatus(state, message, Instant.now());
			current = changed;
		}
		for (ConnectionListener listener : listeners) {
			tell(listener, changed);
		}
	}

	/** Adds a listener and tells it the current status at once, so it misses nothing. */
	public void add(ConnectionListener listener) {
		listeners.add(listener);
		tell(listener, current);
	}

	public void remove(ConnectionListener listener) {
		listeners.remove(listener);
	}

	/** A listener that throws must not stop the connection that reports to it. */
	private static void tell(ConnectionListener listener, ConnectionStatus status) {
		try {
			listener.statusChanged(status);
		} catch (RuntimeException e) {
			Thread current = Thread.currentThread();
			current.getUncaughtExceptionHandler().uncaughtException(current, e);
		}
	}
}
