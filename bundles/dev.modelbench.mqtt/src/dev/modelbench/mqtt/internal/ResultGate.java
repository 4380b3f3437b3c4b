package dev.modelbench.mqtt.internal;

import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PushRate;

/**
 * Decides which results go out, by the push rate. At most N a second, a result that comes too
 * soon is held rather than dropped, replacing any held before it, and goes out when its turn comes:
 * so the last result of a burst always reaches the board. Safe to use from several threads.
 */
public final class ResultGate {

	private final PushRate rate;
	private final long intervalNanos;
	private String lastLabel;
	private boolean admittedAny;
	private long nextDueNanos;
	private LiveResult held;
	private long skipped;

	public ResultGate(PushRate rate) {
		this.rate = rate;
		this.intervalNanos = rate.mode() == PushRate.Mode.AT_MOST ? (long) (1e9 / rate.perSecond()) : 0;
	}

	/** Whether {@code result}, offered at {@code nowNanos}, should be sent now; otherwise it is held or skipped. */
	public synchronized boolean admit(LiveResult result, long nowNanos) {
		switch (rate.mode()) {
		case EVERY_RESULT:
			return true;
		case ON_LABEL_CHANGE:
			if (result.label().equals(lastLabel)) {
				skipped++;
				return false;
			}
			lastLabel = result.label();
			return true;
		default:
			if (held == null && (!admittedAny || nowNanos - nextDueNanos >= 0)) {
				admittedAny = true;
				nextDueNanos = nowNanos + intervalNanos;
				return true;
			}
			if (held != null) {
				skipped++;
			}
			held = result;
			return false;
		}
	}

	/** The held result if its turn has come at {@code nowNanos}, else null. */
	public synchronized LiveResult takeDue(long nowNanos) {
		if (held == null || nowNanos - nextDueNanos < 0) {
			return null;
		}
		LiveResult due = held;
		held = null;
		nextDueNanos = nowNanos + intervalNanos;
		return due;
	}

	/** Nanoseconds until a held result is due; {@link Long#MAX_VALUE} if none is held. */
	public synchronized long nanosUntilDue(long nowNanos) {
		return held == null ? Long.MAX_VALUE : Math.max(0, nextDueNanos - nowNanos);
	}

	/** Whether a result is being held for its turn. */
	public synchronized boolean holding() {
		return held != null;
	}

	/** Results left out by the rate: repeats of the same label, or superseded while held. */
	public synchronized long skipped() {
		return skipped;
	}
}
