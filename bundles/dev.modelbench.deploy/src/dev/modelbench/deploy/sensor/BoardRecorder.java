package dev.modelbench.deploy.sensor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.internal.Messages;

/**
 * Records a number of frames, or of sound clips, from a board whose camera or microphone a
 * {@link SscmaSession} has started. Only whole, checked frames and gapless clips reach the sink;
 * what was saved before a failure stays saved. A board that goes quiet (it reset and forgot) is
 * asked to start again; one quiet for {@value #QUIET_MILLIS} ms has stopped.
 */
public final class BoardRecorder {

	/** Silence after which the board counts as stopped. */
	public static final int QUIET_MILLIS = SscmaSession.ANSWER_MILLIS;

	/** Silence after which sampling is started again, in case the board reset. */
	static final int RESTART_MILLIS = 1500;

	/** Saves one frame (as the board sent it) or one clip; the recorder stops on its failure. */
	@FunctionalInterface
	public interface Sink<T> {
		void save(T item) throws IOException;
	}

	private final SscmaSession session;
	private final IProgressMonitor monitor;
	private long lastHeard;
	private boolean restarted;

	public BoardRecorder(SscmaSession session, IProgressMonitor monitor) {
		this.session = session;
		this.monitor = monitor;
		lastHeard = System.nanoTime();
	}

	/**
	 * Saves the next {@code count} frames.
	 *
	 * @throws DeployException           when the board stops sending or goes away
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public void frames(int count, Sink<BoardFrame> sink) throws DeployException, IOException {
		lastHeard = System.nanoTime();
		for (int saved = 0; saved < count;) {
			if (next() instanceof BoardFrame frame) {
				sink.save(frame);
				saved++;
				monitor.worked(1);
			}
		}
	}

	/**
	 * Saves the next {@code count} clips of {@code samplesPerClip} samples each, each cut from
	 * sound with nothing lost in it.
	 */
	public void clips(int count, int samplesPerClip, Sink<short[]> sink) throws DeployException, IOException {
		lastHeard = System.nanoTime();
		short[] clip = new short[samplesPerClip];
		int filled = 0;
		for (int saved = 0; saved < count;) {
			if (!(next() instanceof BoardSound sound)) {
				continue;
			}
			if (!sound.continuous()) {
				filled = 0; // never a clip with a hole in it
			}
			short[] samples = sound.samples();
			int at = 0;
			while (at < samples.length && saved < count) {
				int n = Math.min(samples.length - at, samplesPerClip - filled);
				System.arraycopy(samples, at, clip, filled, n);
				filled += n;
				at += n;
				if (filled == samplesPerClip) {
					sink.save(clip.clone());
					saved++;
					filled = 0;
					monitor.worked(1);
				}
			}
		}
	}

	/**
	 * The next frame or sound, asking the board to sample again after {@value #RESTART_MILLIS} ms
	 * of quiet.
	 *
	 * @throws BoardNotAnsweringException when it has been quiet for {@value #QUIET_MILLIS} ms
	 * @throws DeployException            when it goes away
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public SensorEvent next() throws DeployException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			SensorEvent event = session.next(100);
			long now = System.nanoTime();
			if (event != null) {
				lastHeard = now;
				restarted = false;
				return event;
			}
			long quiet = TimeUnit.NANOSECONDS.toMillis(now - lastHeard);
			if (quiet >= QUIET_MILLIS) {
				String said = session.lastText();
				throw new BoardNotAnsweringException(NLS.bind(Messages.Sensor_stopped, new Object[] { session.port(),
						Integer.valueOf(QUIET_MILLIS / 1000), said.isEmpty() ? Messages.Sensor_nothing : said }));
			}
			if (quiet >= RESTART_MILLIS && !restarted) {
				restarted = true;
				session.restart();
			}
		}
	}
}
