package dev.modelbench.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.operation.IRunnableWithProgress;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.ModelProjectCreator;
import dev.modelbench.core.project.ProjectDatasetImport;

/** The wizard's work, run off the UI thread: make the project and import the dataset, if any. */
final class ModelProjectCreation implements IRunnableWithProgress {

	private final IWorkspace workspace;
	private final String name;
	private final TaskKind taskKind;
	private final URI location;
	private final Optional<Path> dataset;
	private IProject project;
	private ImportReport report;

	ModelProjectCreation(IWorkspace workspace, String name, TaskKind taskKind, URI location, Optional<Path> dataset) {
		this.workspace = workspace;
		this.name = name;
		this.taskKind = taskKind;
		this.location = location;
		this.dataset = dataset;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		try {
			if (dataset.isEmpty()) {
				project = new ModelProjectCreator(workspace).create(name, taskKind, location, monitor);
			} else {
				ProjectDatasetImport.Result result = new ProjectDatasetImport(new DatasetImporter())
						.intoNewProject(workspace, name, taskKind, location, dataset.get(), ImportOptions.defaults(), monitor);
				project = result.project();
				report = result.report();
			}
		} catch (CoreException | DatasetImportException e) {
			throw new InvocationTargetException(e);
		} catch (OperationCanceledException e) {
			throw new InterruptedException();
		}
	}

	IProject project() {
		return project;
	}

	/** What the import did, or empty when no dataset was given. */
	Optional<ImportReport> report() {
		return Optional.ofNullable(report);
	}
}
