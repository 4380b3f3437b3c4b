package dev.modelbench.core.project;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;

/**
 * A dataset imported into a workspace project: into an existing Model project, or into a new one
 * that is made for it and removed again if the import is refused, so nothing is left half-made.
 * What the new-project wizard, {@code modelbench import} and the quick start share.
 */
public final class ProjectDatasetImport {

	/** A project made from a dataset, and what its import did. */
	public record Result(IProject project, ImportReport report) {
	}

	private final DatasetImporter importer;

	public ProjectDatasetImport(DatasetImporter importer) {
		this.importer = importer;
	}

	/** Imports {@code dataset} into the existing Model project {@code project}; the project is unchanged on failure. */
	public ImportReport into(IProject project, Path dataset, ImportOptions options, IProgressMonitor monitor)
			throws CoreException, DatasetImportException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		ProjectModelFile modelFile = ProjectModelFile.of(project);
		ImportReport report;
		try (ModelDocument document = modelFile.open()) {
			report = importer.importDataset(dataset, document, options, progress.split(9));
		}
		modelFile.refreshAll(progress.split(1));
		return report;
	}

	/**
	 * Makes the Model project {@code name} and imports {@code dataset} into it.
	 *
	 * @param location where the project folder goes; null for the default place in the workspace
	 * @throws DatasetImportException if the dataset is refused; the project is then gone again
	 */
	public Result intoNewProject(IWorkspace workspace, String name, TaskKind taskKind, URI location, Path dataset,
			ImportOptions options, IProgressMonitor monitor) throws CoreException, DatasetImportException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		IProject project = new ModelProjectCreator(workspace).create(name, taskKind, location, progress.split(1));
		try {
			return new Result(project, into(project, dataset, options, progress.split(9)));
		} catch (CoreException | DatasetImportException | RuntimeException e) { // cancellation too
			delete(project);
			throw e;
		}
	}

	private static void delete(IProject project) {
		try {
			project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
		} catch (CoreException e) {
			// The import's own error is what the user must read; the leftover goes to the log.
			ILog.of(ProjectDatasetImport.class).log(e.getStatus());
		}
	}
}
