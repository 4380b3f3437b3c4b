package dev.modelbench.capture;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Reads an open camera on its own thread and hands each picture to a listener there, at most at
 * a given rate. The UI shows and records frames without ever waiting for the camera.
 */
public final class CaptureLoop implements AutoCloseable {

	/** Hears about frames and the end of the stream, on the capture thread. */
	public interface Listener {

		/** A new picture, taken at {@code nanos} ({@link System#nanoTime()}). Keep it short. */
		void frame(BufferedImage frame, long nanos);

		/** The camera failed; the loop has stopped and closed it. */
		void failed(CameraException failure);
	}

	private static final long JOIN_MILLIS = 5_000;

	private final FrameSource source;
	private final Listener listener;
	private final long minimumNanosBetweenFrames;
	private final Thread thread;
	private volatile boolean stopped;

	private CaptureLoop(FrameSource source, Listener listener, double maxFramesPerSecond) {
		this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
		this.listener = Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
		if (!(maxFramesPerSecond > 0)) {
			throw new IllegalArgumentException("maxFramesPerSecond must be positive: " + maxFramesPerSecond); //$NON-NLS-1$
		}
		minimumNanosBetweenFrames = (long) (TimeUnit.SECONDS.toNanos(1) / maxFramesPerSecond);
		thread = new Thread(this::run, "Model Bench camera"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/** Starts reading {@code source}; the loop owns it from now on and closes it when stopped. */
	public static CaptureLoop start(FrameSource source, Listener listener, double maxFramesPerSecond) {
		CaptureLoop loop = new CaptureLoop(source, listener, maxFramesPerSecond);
		loop.thread.start();
		return loop;
	}

	private void run() {
		try {
			long last = 0;
			while (!stopped) {
				// Network cameras answer at once with the same picture: pace them like a real camera.
				long wait = last + minimumNanosBetweenFrames - System.nanoTime();
				if (last != 0 && wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				BufferedImage frame = source.nextFrame();
				last = System.nanoTime();
				if (!stopped) {
					listener.frame(frame, last);
				}
			}
		} catch (CameraException e) {
			if (!stopped) {
				listener.failed(e);
			}
		} catch (InterruptedException e) {
			// stop() interrupts a sleeping loop
		} finally {
			source.close();
		}
	}

	/** Whether the loop still reads the camera. */
	public boolean isRunning() {
		return thread.isAlive();
	}

	/**
	 * Stops reading; the loop closes the camera on its own thread. Does not wait, since releasing a
	 * USB camera may take a moment: for the UI thread.
	 */
	public void stop() {
		stopped = true;
		thread.interrupt();
	}

	/** Stops reading and closes the camera, waiting a few seconds for it to be released. */
	@Override
	public void close() {
		stop();
		if (Thread.currentThread() != thread) {
			try {
				thread.join(JOIN_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
