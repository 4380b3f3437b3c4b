package dev.modelbench.ui.deploy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.monitor.LineEnding;
import dev.modelbench.deploy.monitor.MonitorLine;
import dev.modelbench.deploy.monitor.MonitorListener;
import dev.modelbench.deploy.monitor.SerialMonitor;
import dev.modelbench.train.Prediction;
import dev.modelbench.ui.validation.LivePredictions;

/**
 * "The PC runs the model; the board acts on the result": each validation result goes to the board
 * as a line {@code label,confidence}, which the result reactor sketch reads. The newest result wins:
 * a board at 115200 baud is never the reason the prediction loop waits. Writes through the Serial
 * Monitor view when it has the port open (the board's answers show there), else through its own
 * monitor, which steps aside while the port is flashed.
 */
final class BoardResultStream implements AutoCloseable {

	private final String port;
	private final Function<String, SerialMonitor> openMonitors;
	private final Consumer<String> problems;
	private final AtomicReference<Prediction> newest = new AtomicReference<>();
	private final Consumer<Prediction> listener = this::offer;
	private final Thread sender;
	private volatile boolean running = true;
	private SerialMonitor own;

	/**
	 * @param openMonitors the monitor another view has open on a port, or null
	 * @param problems     told, on the sender thread, why a line could not be sent
	 */
	BoardResultStream(String port, Function<String, SerialMonitor> openMonitors, Consumer<String> problems) {
		this.port = port;
		this.openMonitors = openMonitors;
		this.problems = problems;
		this.sender = Thread.ofPlatform().daemon().name("Model Bench results to " + port).unstarted(this::run); //$NON-NLS-1$
		sender.start();
		LivePredictions.addListener(listener);
	}

	/** The line the board gets for a prediction, e.g. {@code one,0.96}. */
	static String line(Prediction prediction) {
		return prediction.label() + ',' + String.format(Locale.ROOT, "%.2f", prediction.confidence()); //$NON-NLS-1$
	}

	void offer(Prediction prediction) {
		newest.set(prediction);
		LockSupport.unpark(sender);
	}

	String port() {
		return port;
	}

	private void run() {
		while (running) {
			Prediction next = newest.getAndSet(null);
			if (next == null) {
				LockSupport.parkNanos(250_000_000L);
				continue;
			}
			try {
				monitor().send(line(next));
			} catch (DeployException e) {
				problems.accept(e.getMessage());
			}
		}
		if (own != null) {
			own.close();
		}
	}

	private SerialMonitor monitor() throws DeployException {
		SerialMonitor shared = openMonitors.apply(port);
		if (shared != null) {
			return shared;
		}
		if (own == null || own.state() == SerialMonitor.State.CLOSED) {
			own = SerialMonitor.open(port, SerialMonitorView.REACTOR_BAUD, LineEnding.NEWLINE, new MonitorListener() {
				@Override
				public void line(MonitorLine line) {
					// the board's answers are for the Serial Monitor view, when it is open
				}
			});
		} else if (own.state() == SerialMonitor.State.DISCONNECTED) {
			own.reopen();
		}
		return own;
	}

	@Override
	public void close() {
		LivePredictions.removeListener(listener);
		running = false;
		LockSupport.unpark(sender);
	}
}
