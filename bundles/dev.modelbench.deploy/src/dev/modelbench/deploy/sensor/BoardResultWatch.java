package dev.modelbench.deploy.sensor;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.train.Prediction;

/**
 * Watches a board that runs the model: reads its results until cancelled, puts the PC model's
 * answer beside each one that came with its frame, and tells a listener. Runs on the caller's
 * thread (a job's), never the UI's; the port is leased meanwhile, so a serial monitor steps aside.
 */
public final class BoardResultWatch {

	/** Hears the watch, on its thread; must return quickly. */
	public interface Listener {

		/** A result of the board, compared where it could be. */
		void result(BoardComparison.Compared compared);

		/** Something the user should know, in words: the board refused or went away. */
		void problem(String message);
	}

	/** How long one read waits, so that a cancel is noticed soon. */
	private static final int POLL_MILLIS = 200;

	private BoardResultWatch() {
	}

	/**
	 * Reads results from the board on {@code port} until {@code monitor} is cancelled or the board
	 * goes away; asks it first to send the frames it classifies.
	 *
	 * @param classNames the model's classes in its order
	 * @param pcModel    the PC model on a frame; null to show the board's results alone
	 * @param purpose    the lease's purpose, in words, for whoever else wants the port
	 */
	public static void run(String port, int baud, List<String> classNames, Function<BufferedImage, Prediction> pcModel,
			String purpose, Listener listener, IProgressMonitor monitor) {
		BoardComparison comparison = new BoardComparison(pcModel);
		try (PortLease lease = PortLeases.shared().acquire(port, purpose);
				BoardResultReader reader = BoardResultReader.open(port, baud, classNames)) {
			reader.askForFrames();
			boolean refusalTold = false;
			try {
				while (!monitor.isCanceled()) {
					BoardResult result = reader.next(POLL_MILLIS);
					if (result != null) {
						listener.result(comparison.add(result));
					}
					if (!refusalTold && reader.refusedCode() != 0) {
						refusalTold = true;
						listener.problem(NLS.bind(Messages.Results_refused, port, Integer.valueOf(reader.refusedCode())));
					}
				}
			} finally {
				reader.stop();
			}
		} catch (DeployException e) {
			listener.problem(e.getMessage());
		}
	}
}
