package dev.modelbench.train.sound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.modelbench.core.category.SafeName;
import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.SoundSamples;

/**
 * Writes extracted one-second clips into a category's folder as 16 kHz 16-bit WAV files with names
 * that clash with nothing (e.g. {@code mic_3.wav}); {@code NewSamples} then adds them to the
 * model. Plain paths only, so it runs off the UI thread.
 */
public final class ExtractedClips {

	private ExtractedClips() {
	}

	/**
	 * Writes {@code clips} and returns their project paths, in order. Cancelling or a failed write
	 * removes the files written so far.
	 *
	 * @param stem       the start of every file name, e.g. "mic"
	 * @param takenNames file names the model already uses in that folder
	 */
	public static List<String> write(Path projectFolder, String categoryFolder, List<SoundClipExtraction.Clip> clips,
			String stem, Collection<String> takenNames, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, clips.size());
		Path folder = ProjectLayout.categoryFolder(projectFolder, categoryFolder);
		Files.createDirectories(folder);
		List<String> taken = new ArrayList<>(takenNames);
		try (var existing = Files.list(folder)) {
			existing.forEach(file -> taken.add(file.getFileName().toString()));
		}
		List<Path> written = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		AtomicFileWriter writer = new AtomicFileWriter();
		try {
			for (SoundClipExtraction.Clip clip : clips) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				String name = SafeName.unique(stem, ".wav", taken); //$NON-NLS-1$
				taken.add(name);
				Path file = folder.resolve(name);
				writer.write(file, out -> SoundSamples.writeWav(clip.samples(), out));
				written.add(file);
				paths.add(ProjectLayout.samplePath(categoryFolder, name));
				progress.worked(1);
			}
		} catch (IOException | RuntimeException e) {
			for (Path file : written) {
				Files.deleteIfExists(file);
			}
			throw e;
		}
		return paths;
	}
}
