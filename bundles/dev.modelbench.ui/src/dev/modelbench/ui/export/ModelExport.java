package dev.modelbench.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.project.TrainedModelStore;

/**
 * Seed 000's step 5: the project's trained model written in its usual export format (ONNX for
 * images), by default into the project's export/ folder so the Project Explorer shows it.
 */
public final class ModelExport extends Job {

	/** The project folder the export goes to unless the user picks another. */
	public static final String FOLDER = "export"; //$NON-NLS-1$

	private final IProject project;
	private final Path projectFolder;
	private final Path target;
	private volatile List<Path> files = List.of();
	private volatile String problem;

	/** @param target the folder to write into */
	public ModelExport(IProject project, Path projectFolder, Path target) {
		super(NLS.bind(Messages.Export_job, project.getName()));
		this.project = project;
		this.projectFolder = projectFolder;
		this.target = target;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try (TrainedModel model = TrainedModelStore.load(projectFolder)) {
			files = model.export(model.exportFormats().getFirst(), target, project.getName());
			if (target.startsWith(projectFolder)) {
				project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}
		} catch (IOException e) {
			problem = NLS.bind(Messages.Export_failed, e.getMessage());
		} catch (CoreException e) {
			// Written; the workspace sees it at its next refresh.
		}
		return Status.OK_STATUS;
	}

	/** The files written, the model first; empty when nothing was. */
	public List<Path> files() {
		return files;
	}

	/** Why nothing was exported, for the user; null when it was. */
	public String problem() {
		return problem;
	}

	/**
	 * Asks for a folder (the project's export/ folder first) and exports into it; {@code onDone}
	 * hears what happened, in words, on the UI thread.
	 *
	 * @return the job, or null when the user cancelled
	 */
	public static ModelExport askAndRun(org.eclipse.swt.widgets.Shell shell, IProject project, Path projectFolder,
			java.util.function.Consumer<String> onDone) {
		org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(shell);
		dialog.setMessage(Messages.Export_folder);
		dialog.setFilterPath(projectFolder.resolve(FOLDER).toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		return run(project, projectFolder, Path.of(chosen), shell.getDisplay(), onDone);
	}

	/** Exports into {@code folder} in the background; {@code onDone} hears the outcome in words on the UI thread. */
	public static ModelExport run(IProject project, Path projectFolder, Path folder, org.eclipse.swt.widgets.Display display,
			java.util.function.Consumer<String> onDone) {
		ModelExport job = new ModelExport(project, projectFolder, folder);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				String outcome = job.problem() != null ? job.problem()
						: NLS.bind(Messages.Export_done, job.files().stream().map(Path::toString)
								.collect(java.util.stream.Collectors.joining(", "))); //$NON-NLS-1$
				if (!display.isDisposed()) {
					display.asyncExec(() -> onDone.accept(outcome));
				}
			}
		});
		job.schedule();
		return job;
	}
}
