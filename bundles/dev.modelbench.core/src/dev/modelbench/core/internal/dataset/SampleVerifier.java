package dev.modelbench.core.internal.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.dataset.SkippedFile;
import dev.modelbench.core.internal.Messages;

/** Decodes every candidate sample of a scanned dataset and sets the unreadable ones apart. */
public final class SampleVerifier {

	private final SampleDecoder decoder;

	public SampleVerifier(SampleDecoder decoder) {
		this.decoder = decoder;
	}

	public VerifiedDataset verify(ScannedDataset dataset, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, dataset.fileCount());
		List<ScannedClass> good = new ArrayList<>();
		List<SkippedFile> unreadable = new ArrayList<>();
		List<String> leftEmpty = new ArrayList<>();
		for (ScannedClass scannedClass : dataset.classes()) {
			List<ScannedFile> readable = new ArrayList<>();
			for (ScannedFile file : scannedClass.files()) {
				progress.split(1).subTask(NLS.bind(Messages.Import_checking, file.relativeName()));
				Optional<String> problem = decoder.problem(file.file());
				if (problem.isPresent()) {
					unreadable.add(new SkippedFile(file.relativeName(), problem.get()));
				} else {
					readable.add(file);
				}
			}
			if (readable.isEmpty()) {
				leftEmpty.add(scannedClass.displayName());
			} else {
				good.add(new ScannedClass(scannedClass.displayName(), readable));
			}
		}
		return new VerifiedDataset(good, unreadable, leftEmpty);
	}
}
