package dev.modelbench.ui.editors;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Display;

import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.ui.images.SwtImages;

/**
 * The thumbnails of a project's samples, decoded and scaled by a background job; the UI thread
 * only turns finished ones into images, a few at a time, so thousands of samples never freeze it.
 * Samples on screen are loaded first. Holds at most {@value #CAPACITY} images.
 */
final class ThumbnailCache {

	/** Thumbnail size in points; made at twice the pixels too, for 200 % zoom. */
	static final int SIZE = 56;

	private static final int CAPACITY = 4000;
	private static final int IMAGES_PER_UI_TURN = 24;

	private record Loaded(String path, ImageData normal, ImageData doubled) {
	}

	private final Display display;
	private final Path projectFolder;
	private final LinkedBlockingDeque<String> queue = new LinkedBlockingDeque<>();
	private final Set<String> requested = new HashSet<>();
	private final ConcurrentLinkedQueue<Loaded> finished = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean drainScheduled = new AtomicBoolean();
	private final Map<String, Image> images = new LinkedHashMap<>(16, 0.75f, true);
	private final Set<String> broken = new HashSet<>();
	private final List<Runnable> listeners = new ArrayList<>();
	private final Job loader;
	private volatile boolean disposed;
	private int loadedCount;

	ThumbnailCache(Display display, Path projectFolder) {
		this.display = display;
		this.projectFolder = projectFolder;
		loader = Job.create(Messages.Thumbnails_job, this::load);
		loader.setSystem(true);
		loader.setPriority(Job.DECORATE);
	}

	/** The thumbnail of {@code samplePath} if it is loaded; else asks for it (first in line) and returns null. */
	Image get(String samplePath) {
		Image image = images.get(samplePath);
		if (image == null && !broken.contains(samplePath)) {
			request(samplePath, true);
		}
		return image;
	}

	/** Whether {@code samplePath} could not be decoded. */
	boolean isBroken(String samplePath) {
		return broken.contains(samplePath);
	}

	/** Asks for thumbnails that will be needed soon, after those on screen. */
	void prefetch(List<String> samplePaths) {
		for (String path : samplePaths) {
			if (!images.containsKey(path) && !broken.contains(path)) {
				request(path, false);
			}
		}
	}

	/** Hears about newly loaded thumbnails, on the UI thread. */
	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** How many thumbnails have been made so far (for tests and the benchmark of a freeze-free UI). */
	int loadedCount() {
		return loadedCount;
	}

	private void request(String path, boolean urgent) {
		if (requested.add(path)) {
			if (urgent) {
				queue.addFirst(path);
			} else {
				queue.addLast(path);
			}
			loader.schedule();
		} else if (urgent && queue.remove(path)) {
			// Still waiting: move it to the front; one being loaded or loaded already is not asked again.
			queue.addFirst(path);
		}
	}

	private IStatus load(IProgressMonitor monitor) {
		String path;
		while (!disposed && !monitor.isCanceled() && (path = queue.pollFirst()) != null) {
			finished.add(thumbnail(path));
			if (drainScheduled.compareAndSet(false, true)) {
				display.asyncExec(this::drain);
			}
		}
		return Status.OK_STATUS;
	}

	private Loaded thumbnail(String path) {
		try {
			BufferedImage image = ImageSamples.read(ProjectLayout.sampleFile(projectFolder, path));
			return new Loaded(path, SwtImages.toImageData(SwtImages.square(image, SIZE)),
					SwtImages.toImageData(SwtImages.square(image, 2 * SIZE)));
		} catch (UnreadableSampleException | RuntimeException e) {
			return new Loaded(path, null, null);
		}
	}

	/** On the UI thread: a few finished thumbnails become images, then the UI gets a turn again. */
	private void drain() {
		drainScheduled.set(false);
		if (disposed) {
			return;
		}
		int made = 0;
		Loaded loaded;
		while (made < IMAGES_PER_UI_TURN && (loaded = finished.poll()) != null) {
			made++;
			if (!requested.contains(loaded.path()) || images.containsKey(loaded.path())) {
				continue; // forgotten meanwhile, or a duplicate
			}
			loadedCount++;
			if (loaded.normal() == null) {
				broken.add(loaded.path());
				continue;
			}
			ImageData normal = loaded.normal();
			ImageData doubled = loaded.doubled();
			ImageDataProvider provider = zoom -> zoom >= 150 ? doubled : normal;
			Image old = images.put(loaded.path(), new Image(display, provider));
			if (old != null) {
				old.dispose();
			}
			evict();
		}
		if (!finished.isEmpty() && drainScheduled.compareAndSet(false, true)) {
			display.asyncExec(this::drain);
		}
		if (made > 0) {
			List.copyOf(listeners).forEach(Runnable::run);
		}
	}

	private void evict() {
		var oldest = images.entrySet().iterator();
		while (images.size() > CAPACITY && oldest.hasNext()) {
			var entry = oldest.next();
			entry.getValue().dispose();
			oldest.remove();
			requested.remove(entry.getKey());
		}
	}

	/** Forgets a sample's thumbnail, e.g. when it is gone. */
	void forget(String samplePath) {
		Image image = images.remove(samplePath);
		if (image != null) {
			image.dispose();
		}
		requested.remove(samplePath);
		broken.remove(samplePath);
	}

	void dispose() {
		disposed = true;
		loader.cancel();
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
