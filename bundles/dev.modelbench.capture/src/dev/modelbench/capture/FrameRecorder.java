package dev.modelbench.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Saves camera frames as JPEG files in a category's folder, at most a set number per second, while
 * the user holds the record button. Names are {@code <stem>_0001.jpg}, ... and never replace a file.
 */
public final class FrameRecorder {

	/**
	 * Above this rate consecutive frames are so alike that they teach the model little (seed 000's
	 * warning); the UI says so.
	 */
	public static final double NEAR_IDENTICAL_ABOVE_FPS = 10;

	/** The most frames per second the recorder takes. */
	public static final double MAX_FPS = 30;

	private static final String EXTENSION = ".jpg"; //$NON-NLS-1$

	private final Path folder;
	private final String stem;
	private final long nanosBetweenFrames;
	private final Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final List<Path> written = new ArrayList<>();
	private long lastSaved;
	private boolean saving;
	private int counter;

	/**
	 * @param folder          where the files go (made if missing)
	 * @param stem            the start of each file name, e.g. "webcam"
	 * @param framesPerSecond how many frames a second of holding records, 0.1 to {@value #MAX_FPS}
	 * @param takenNames      file names already used in {@code folder} or by the model
	 */
	public FrameRecorder(Path folder, String stem, double framesPerSecond, Collection<String> takenNames) {
		if (!(framesPerSecond >= 0.1 && framesPerSecond <= MAX_FPS)) {
			throw new IllegalArgumentException("framesPerSecond out of range: " + framesPerSecond); //$NON-NLS-1$
		}
		this.folder = folder;
		this.stem = stem;
		this.nanosBetweenFrames = (long) (TimeUnit.SECONDS.toNanos(1) / framesPerSecond);
		taken.addAll(takenNames);
	}

	/** Starts saving: the next frame offered is saved at once, then one every 1/fps seconds. */
	public synchronized void start() {
		saving = true;
		lastSaved = Long.MIN_VALUE;
	}

	/** Stops saving until {@link #start()}. */
	public synchronized void stop() {
		saving = false;
	}

	public synchronized boolean isSaving() {
		return saving;
	}

	/**
	 * Saves {@code frame} if recording and its turn has come.
	 *
	 * @param nanos when the frame was taken ({@link System#nanoTime()})
	 * @return the file written, or null when the frame was not due
	 */
	public Path offer(BufferedImage frame, long nanos) throws IOException {
		return offer(frame, null, nanos);
	}

	/**
	 * Saves a frame if recording and its turn has come: {@code jpeg} as it is when the camera
	 * gave one (a board's, not re-encoded), else {@code frame} encoded as JPEG.
	 *
	 * @param jpeg  the frame's JPEG file as the camera made it, or null
	 * @param nanos when the frame was taken ({@link System#nanoTime()})
	 * @return the file written, or null when the frame was not due
	 */
	public synchronized Path offer(BufferedImage frame, byte[] jpeg, long nanos) throws IOException {
		if (!saving || (lastSaved != Long.MIN_VALUE && nanos - lastSaved < nanosBetweenFrames)) {
			return null;
		}
		Files.createDirectories(folder);
		Path file = folder.resolve(nextName());
		// CREATE_NEW: a file that appeared meanwhile (another program, a second dialog) is never replaced.
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
			if (jpeg != null) {
				out.write(jpeg);
			} else if (!ImageIO.write(frame, "jpg", out)) { //$NON-NLS-1$
				throw new IOException("No JPEG writer"); //$NON-NLS-1$
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
		lastSaved = nanos;
		written.add(file);
		return file;
	}

	private String nextName() throws IOException {
		String name;
		do {
			counter++;
			name = String.format(Locale.ROOT, "%s_%04d%s", stem, counter, EXTENSION); //$NON-NLS-1$
		} while (taken.contains(name) || Files.exists(folder.resolve(name)));
		taken.add(name);
		return name;
	}

	/** Every file written so far, in order. */
	public synchronized List<Path> written() {
		return List.copyOf(written);
	}
}
