package dev.modelbench.ui.capture;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.sensor.BoardRecorder;
import dev.modelbench.deploy.sensor.SscmaSession;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;

/**
 * A sensor board opened for a dialog: its port leased (a serial monitor on it steps aside, an
 * upload is refused meanwhile), the board identified, its events read with restarts after a reset.
 */
final class OpenBoard implements AutoCloseable {

	final SscmaSession session;
	final BoardRecorder reader;
	private final PortLease lease;

	private OpenBoard(SscmaSession session, PortLease lease) {
		this.session = session;
		this.lease = lease;
		this.reader = new BoardRecorder(session, new NullProgressMonitor());
	}

	/** Starts one sensor of an identified board, e.g. {@link SscmaSession#startCamera()}. */
	@FunctionalInterface
	interface Sensor {
		void start(SscmaSession session) throws DeployException;
	}

	/**
	 * Opens the board on {@code port} for {@code purpose} ("Board camera") and starts {@code sensor};
	 * slow (up to 5 s or more), never on the UI thread.
	 */
	static OpenBoard open(String port, String purpose, Sensor sensor) throws DeployException {
		PortLease lease = PortLeases.shared().acquire(port, purpose);
		SscmaSession session = null;
		try {
			session = SscmaSession.open(port, SscmaSession.DEFAULT_BAUD);
			session.identify();
			sensor.start(session);
			return new OpenBoard(session, lease);
		} catch (DeployException | RuntimeException e) {
			if (session != null) {
				session.stop();
				session.close();
			}
			lease.close();
			throw e;
		}
	}

	@Override
	public void close() {
		session.stop();
		session.close();
		lease.close();
	}
}
