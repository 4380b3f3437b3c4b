package dev.modelbench.mqtt;

/** Where a connection to a broker stands. */
public enum ConnectionState {
	/** The first attempt is under way. */
	CONNECTING,
	/** Connected; results are being sent. */
	CONNECTED,
	/** Not connected (the broker was unreachable or the connection was lost); trying again after a pause. */
	RECONNECTING,
	/** The broker answered and refused the login; trying again would not help until the settings change. */
	REFUSED,
	/** Closed by its owner. */
	CLOSED
}
