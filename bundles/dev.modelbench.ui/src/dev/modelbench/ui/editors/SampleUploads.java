package dev.modelbench.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.dataset.CategoryUpload;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.SkippedFile;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.ui.forms.PartForm;

/**
 * The Model editor's jobs that bring samples into the project: files and folders copied into a
 * category, recordings added, a whole dataset imported. The copying runs in the background; the
 * samples are added on the UI thread as one undoable command, and what went wrong is said in the
 * editor's header.
 */
final class SampleUploads {

	private final ModelEditor editor;
	private final CategoryEdits edits;
	private final PartForm form;

	SampleUploads(ModelEditor editor, CategoryEdits edits, PartForm form) {
		this.editor = editor;
		this.edits = edits;
		this.form = form;
	}

	/**
	 * Copies {@code files} into the category's folder in the background and then adds them as
	 * samples. Files that are no samples of this project are left out and named in the header.
	 *
	 * @return the job doing it, already scheduled
	 */
	Job upload(Category category, List<Path> files) {
		Path projectFolder = editor.projectFolder();
		var task = editor.model().getTaskKind();
		String folderName = category.getName();
		List<String> taken = CategoryEdits.takenNames(category);
		Job job = Job.create(NLS.bind(Messages.ModelEditor_uploadJob, files.size()), (IProgressMonitor monitor) -> {
			try {
				CategoryUpload.Result result = CategoryUpload.copy(projectFolder, task, folderName, taken, files, monitor);
				form.asyncIfOpen(() -> uploaded(category, result));
				return Status.OK_STATUS;
			} catch (IOException e) {
				form.asyncIfOpen(() -> error(NLS.bind(Messages.ModelEditor_uploadFailed, e.getMessage())));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** Adds every sample in {@code folder} and its sub-folders to the category; null when it cannot be read. */
	Job uploadFolder(Category category, Path folder) {
		try {
			return upload(category, CategoryUpload.filesIn(folder, editor.model().getTaskKind()));
		} catch (IOException e) {
			error(NLS.bind(Messages.ModelEditor_uploadFailed, e.getMessage()));
			return null;
		}
	}

	private void uploaded(Category category, CategoryUpload.Result result) {
		if (!result.samplePaths().isEmpty()
				&& edits.addSamples(category, result.samplePaths(), result.origins(), SampleSource.FILE)) {
			refreshFolder(category);
		}
		if (!result.skipped().isEmpty()) {
			String names = result.skipped().stream().limit(5).map(SkippedFile::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
			form.header().message(NLS.bind(Messages.ModelEditor_skipped, result.skipped().size(), names),
					IMessageProvider.WARNING);
		}
	}

	/** Adds recordings already in the category's folder (webcam frames, clips) as samples of {@code source}. */
	void addRecorded(Category category, List<String> paths, SampleSource source) {
		if (edits.addSamples(category, paths, null, source)) {
			refreshFolder(category);
		}
	}

	/** As {@link #addRecorded(Category, List, SampleSource)} for files in the category's folder. */
	void addRecordedFiles(Category category, List<Path> files, SampleSource source) {
		addRecorded(category, files.stream()
				.map(file -> ProjectLayout.samplePath(category.getName(), file.getFileName().toString())).toList(), source);
	}

	/**
	 * Imports a dataset (a folder of class folders, or a zip of one) in the background; unsaved
	 * changes are saved first. The import is one transaction on disk and the editor reloads after it.
	 */
	Job importDataset(Path dataset) {
		if (editor.isDirty()) {
			editor.doSave(new NullProgressMonitor());
		}
		var project = editor.modelFile().getProject();
		Job job = Job.create(NLS.bind(Messages.ModelEditor_importJob, dataset.getFileName()), (IProgressMonitor monitor) -> {
			try {
				ImportReport report = new ProjectDatasetImport(new DatasetImporter()).into(project, dataset,
						ImportOptions.defaults(), monitor);
				form.asyncIfOpen(() -> form.header().message(report.summary().replace('\n', ' '),
						IMessageProvider.INFORMATION));
			} catch (CoreException e) {
				form.asyncIfOpen(() -> error(e.getStatus().getMessage()));
			} catch (DatasetImportException e) {
				form.asyncIfOpen(() -> error(e.getMessage()));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void error(String message) {
		form.header().message(message, IMessageProvider.ERROR);
	}

	private void refreshFolder(Category category) {
		// The Project Explorer shows the new files; not needed by Model Bench itself.
		IResource folder = editor.modelFile().getProject().getFolder(ProjectLayout.DATA_FOLDER_NAME)
				.getFolder(category.getName());
		Job refresh = Job.create(Messages.ModelEditor_refreshJob, (IProgressMonitor monitor) -> {
			try {
				folder.getParent().refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(folder.getParent()));
		refresh.schedule();
	}
}
