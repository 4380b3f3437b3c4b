package dev.modelbench.deploy.monitor;

/** Told what a {@link SerialMonitor} reads and how its port is doing; called on the monitor's reader thread. */
public interface MonitorListener {

	/** A whole line came from the board (or was sent). */
	void line(MonitorLine line);

	/** The monitor's state changed; {@code message} says why in words for the user, may be null. */
	default void state(SerialMonitor.State state, String message) {
	}
}
