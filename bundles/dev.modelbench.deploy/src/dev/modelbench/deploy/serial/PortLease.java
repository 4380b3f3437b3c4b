package dev.modelbench.deploy.serial;

/**
 * The right to use one serial port, from {@link PortLeases}. Closing it gives the port back, and a
 * monitor that stepped aside for this lease reopens.
 */
public final class PortLease implements AutoCloseable {

	private final PortLeases leases;
	private final String port;
	private final String purpose;
	private final PortLeases.Yielding yielding;
	private boolean closed;

	PortLease(PortLeases leases, String port, String purpose, PortLeases.Yielding yielding) {
		this.leases = leases;
		this.port = port;
		this.purpose = purpose;
		this.yielding = yielding;
	}

	/** The port's canonical name. */
	public String port() {
		return port;
	}

	/** What it is for, in words ("Upload", "Serial monitor"), for the message another user of the port gets. */
	public String purpose() {
		return purpose;
	}

	PortLeases.Yielding yielding() {
		return yielding;
	}

	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		leases.release(this);
	}
}
