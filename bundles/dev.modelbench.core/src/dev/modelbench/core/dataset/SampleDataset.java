package dev.modelbench.core.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.model.TaskKind;

/**
 * The small datasets shipped inside Model Bench for a first try without any data of one's own.
 * Their origin and licence are in samples/README.md of this bundle.
 */
public enum SampleDataset {

	/** Handwritten digits 0, 1 and 7 from OpenCV's digits.png: 30 images per class. */
	QUICK_START("samples/quickstart-digits.zip", TaskKind.IMAGE_CLASSIFICATION); //$NON-NLS-1$

	private final String entry;
	private final TaskKind taskKind;

	SampleDataset(String entry, TaskKind taskKind) {
		this.entry = entry;
		this.taskKind = taskKind;
	}

	public TaskKind taskKind() {
		return taskKind;
	}

	/** One line for the user about what the dataset holds. */
	public String description() {
		return Messages.SampleDataset_quickStart;
	}

	/** Copies the dataset's zip out of the bundle; the caller deletes the copy. */
	public Path copyToTemporaryFile() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(SampleDataset.class);
		URL url = bundle == null ? SampleDataset.class.getClassLoader().getResource(entry) : bundle.getEntry(entry);
		if (url == null) {
			throw new IOException(entry + " is missing from " + (bundle == null ? "the class path" : bundle.getSymbolicName())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Path copy = Files.createTempFile("modelbench-sample-", ".zip"); //$NON-NLS-1$ //$NON-NLS-2$
		try (InputStream in = url.openStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			Files.deleteIfExists(copy);
			throw e;
		}
		return copy;
	}
}
