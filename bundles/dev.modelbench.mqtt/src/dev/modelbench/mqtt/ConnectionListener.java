package dev.modelbench.mqtt;

/**
 * Told of every change of a connection's status. Called on a background thread: a UI hands the
 * status to its display thread.
 */
@FunctionalInterface
public interface ConnectionListener {

	void statusChanged(ConnectionStatus status);
}
