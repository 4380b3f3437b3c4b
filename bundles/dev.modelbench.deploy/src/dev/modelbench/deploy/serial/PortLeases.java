package dev.modelbench.deploy.serial;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.internal.Messages;

/**
 * Who in Model Bench uses which serial port. An uploader takes a port over from a serial monitor:
 * the monitor closes its port, the upload runs, and the monitor reopens when the upload's lease is
 * closed (monitors that hold the port while flashing make uploads fail in other IDEs). Two uploads
 * on one port are refused.
 */
public final class PortLeases {

	/** A holder that can give the port up for a while, such as a serial monitor. */
	public interface Yielding {

		/** Close the port now; called before another lease is granted. */
		void pause();

		/** The port is free again: reopen it. */
		void resume();
	}

	private static final PortLeases SHARED = new PortLeases();

	private final Map<String, Deque<PortLease>> byPort = new HashMap<>();

	/** The leases of this Model Bench (one registry per running program). */
	public static PortLeases shared() {
		return SHARED;
	}

	/**
	 * Takes the port for exclusive use, asking a yielding holder (a monitor) to step aside first.
	 *
	 * @throws PortBusyException when a holder that cannot yield (another upload) has it
	 */
	public PortLease acquire(String port, String purpose) throws PortBusyException {
		return acquire(port, purpose, null);
	}

	/**
	 * Takes the port for a holder that gives it up when an exclusive user comes, and gets it back after.
	 *
	 * @throws PortBusyException when someone else in Model Bench has it
	 */
	public PortLease acquireYielding(String port, String purpose, Yielding holder) throws PortBusyException {
		return acquire(port, purpose, holder);
	}

	private PortLease acquire(String port, String purpose, Yielding yielding) throws PortBusyException {
		String key = JSerialCommLine.canonical(port);
		PortLease lease = new PortLease(this, key, purpose, yielding);
		PortLease stepsAside;
		synchronized (this) {
			Deque<PortLease> holders = byPort.computeIfAbsent(key, k -> new ArrayDeque<>());
			PortLease current = holders.peek();
			if (current != null && (current.yielding() == null || yielding != null)) {
				throw new PortBusyException(NLS.bind(Messages.Port_busyHere, port, current.purpose()));
			}
			stepsAside = current;
			holders.push(lease);
		}
		if (stepsAside != null) {
			stepsAside.yielding().pause();
		}
		return lease;
	}

	void release(PortLease lease) {
		PortLease resumes = null;
		synchronized (this) {
			Deque<PortLease> holders = byPort.get(lease.port());
			if (holders == null) {
				return;
			}
			boolean wasActive = holders.peek() == lease;
			holders.remove(lease);
			if (wasActive && !holders.isEmpty()) {
				resumes = holders.peek();
			}
			if (holders.isEmpty()) {
				byPort.remove(lease.port());
			}
		}
		if (resumes != null && resumes.yielding() != null) {
			resumes.yielding().resume();
		}
	}

	/** What holds the port now, in words, or null if nothing in Model Bench does. */
	public synchronized String holder(String port) {
		Deque<PortLease> holders = byPort.get(JSerialCommLine.canonical(port));
		return holders == null || holders.isEmpty() ? null : holders.peek().purpose();
	}
}
