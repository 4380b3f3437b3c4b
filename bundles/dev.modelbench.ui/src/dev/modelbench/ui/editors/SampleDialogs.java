package dev.modelbench.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.ui.capture.MicrophoneDialog;
import dev.modelbench.ui.capture.WebcamDialog;

/**
 * The dialogs through which the Model editor gets samples: the webcam and the microphone for a
 * category, files or a folder to upload into one, a dataset to import. What they give goes to
 * {@link SampleUploads}.
 */
final class SampleDialogs {

	private final ModelEditor editor;
	private final SampleUploads uploads;

	SampleDialogs(ModelEditor editor, SampleUploads uploads) {
		this.editor = editor;
		this.uploads = uploads;
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	/** Opens the webcam dialog for {@code category}; {@code block}: whether to wait until it is closed. */
	WebcamDialog webcam(Category category, boolean block) {
		return open(webcamDialog(category), block);
	}

	/** Opens the microphone dialog for {@code category} (sound projects); {@code block} as for the webcam. */
	MicrophoneDialog microphone(Category category, boolean block) {
		return open(microphoneDialog(category), block);
	}

	/**
	 * Opens the webcam dialog for {@code category} or, in a sound project, the microphone dialog,
	 * with a connected board's sensor chosen (Record from a Board); {@code block} as for the webcam.
	 */
	Dialog board(Category category, boolean block) {
		if (editor.model().getTaskKind() == TaskKind.SOUND_CLASSIFICATION) {
			MicrophoneDialog dialog = microphoneDialog(category);
			dialog.recordFromBoard();
			return open(dialog, block);
		}
		WebcamDialog dialog = webcamDialog(category);
		dialog.recordFromBoard();
		return open(dialog, block);
	}

	private WebcamDialog webcamDialog(Category category) {
		return new WebcamDialog(shell(), CategoryEdits.displayName(category),
				ProjectLayout.categoryFolder(editor.projectFolder(), category.getName()), CategoryEdits.takenNames(category),
				files -> uploads.addRecordedFiles(category, files, SampleSource.WEBCAM));
	}

	private MicrophoneDialog microphoneDialog(Category category) {
		return new MicrophoneDialog(shell(), CategoryEdits.displayName(category),
				editor.projectFolder(), category.getName(), BackgroundNoise.is(category), CategoryEdits.takenNames(category),
				paths -> uploads.addRecorded(category, paths, SampleSource.MICROPHONE));
	}

	private static <D extends Dialog> D open(D dialog, boolean block) {
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/** Asks for sample files of the project's kind and uploads them into {@code category}. */
	void files(Category category) {
		FileDialog dialog = new FileDialog(shell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(NLS.bind(Messages.ModelEditor_uploadTitle, CategoryEdits.displayName(category)));
		if (editor.model().getTaskKind() == TaskKind.IMAGE_CLASSIFICATION) {
			String patterns = ImageSamples.extensions().stream().map(ext -> "*." + ext).collect(Collectors.joining(";")); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setFilterExtensions(new String[] { patterns, "*.*" }); //$NON-NLS-1$
		} else {
			dialog.setFilterExtensions(new String[] { "*.wav", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (dialog.open() != null) {
			List<Path> files = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), name));
			}
			uploads.upload(category, files);
		}
	}

	/** Asks for a folder and uploads the samples in it and its sub-folders into {@code category}. */
	void folder(Category category) {
		DirectoryDialog dialog = new DirectoryDialog(shell());
		dialog.setMessage(NLS.bind(Messages.ModelEditor_folderTitle, CategoryEdits.displayName(category)));
		String folder = dialog.open();
		if (folder != null) {
			uploads.uploadFolder(category, Path.of(folder));
		}
	}

	/**
	 * Asks for a dataset folder (or, on Cancel, a zip) and imports it.
	 *
	 * @return the import job, or null when the user cancelled
	 */
	Job dataset() {
		FileDialog zip = new FileDialog(shell(), SWT.OPEN);
		zip.setText(Messages.ModelEditor_importTitle);
		zip.setFilterExtensions(new String[] { "*.zip", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		DirectoryDialog folder = new DirectoryDialog(shell());
		folder.setMessage(Messages.ModelEditor_importFolder);
		// A folder is the usual case; Cancel there offers a zip.
		String chosen = folder.open();
		if (chosen == null) {
			chosen = zip.open();
		}
		return chosen == null ? null : uploads.importDataset(Path.of(chosen));
	}
}
