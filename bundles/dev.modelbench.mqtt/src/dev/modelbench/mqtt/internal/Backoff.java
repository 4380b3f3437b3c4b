package dev.modelbench.mqtt.internal;

import java.time.Duration;

/**
 * Pauses between reconnection attempts that double with each failure up to a cap, so a broker
 * that is down for long is not hammered and one that comes back is found soon.
 */
public final class Backoff {

	private final Duration first;
	private final Duration max;
	private Duration next;

	public Backoff(Duration first, Duration max) {
		this.first = first;
		this.max = max;
		this.next = first;
	}

	/** The pause before the next attempt; the one after will be twice as long, up to the cap. */
	public Duration next() {
		Duration pause = next;
		next = pause.compareTo(max.dividedBy(2)) > 0 ? max : pause.multipliedBy(2);
		return pause;
	}

	/** After a success: the next failure starts again from the first pause. */
	public void reset() {
		next = first;
	}
}
