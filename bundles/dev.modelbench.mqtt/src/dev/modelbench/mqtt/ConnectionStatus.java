package dev.modelbench.mqtt;

import java.time.Instant;
import java.util.Objects;

/**
 * A change in a connection's state, with a message written for the user (why it is not connected
 * and what to check).
 *
 * @param state   the new state
 * @param message what to show the user
 * @param time    when it changed
 */
public record ConnectionStatus(ConnectionState state, String message, Instant time) {

	public ConnectionStatus {
		Objects.requireNonNull(state, "state"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		Objects.requireNonNull(time, "time"); //$NON-NLS-1$
	}
}
