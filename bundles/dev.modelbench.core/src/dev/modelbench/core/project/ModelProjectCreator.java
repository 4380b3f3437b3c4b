package dev.modelbench.core.project;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.CoreStatus;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * Creates a Model project in the workspace: the project with its nature, an empty data folder and
 * a model file with default settings. Either all of it is made or, on failure or cancellation,
 * nothing is left behind.
 */
public final class ModelProjectCreator {

	private final IWorkspace workspace;

	public ModelProjectCreator(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * Creates and opens the project.
	 *
	 * @param location where the project folder goes; null for the default place in the workspace
	 * @throws CoreException with a message for the user if the name is invalid or taken, the folder
	 *             is not empty, or creating fails
	 * @throws OperationCanceledException if cancelled through {@code monitor}
	 */
	public IProject create(String projectName, TaskKind taskKind, URI location, IProgressMonitor monitor)
			throws CoreException {
		IStatus nameStatus = workspace.validateName(projectName, IResource.PROJECT);
		if (!nameStatus.isOK()) {
			throw new CoreException(nameStatus);
		}
		IProject project = workspace.getRoot().getProject(projectName);
		// Adding the nature sets the project description, which the platform guards with the
		// workspace root's rule (natures may affect other projects), so the whole run takes it.
		ISchedulingRule rule = workspace.getRoot();
		IProject[] created = new IProject[1];
		IWorkspaceRunnable creation = runMonitor -> created[0] = createInRule(project, taskKind, location, runMonitor);
		workspace.run(creation, rule, IWorkspace.AVOID_UPDATE, monitor);
		return created[0];
	}

	private IProject createInRule(IProject project, TaskKind taskKind, URI location, IProgressMonitor monitor)
			throws CoreException {
		if (project.exists()) {
			throw CoreStatus.error(NLS.bind(Messages.ProjectCreator_exists, project.getName()), null);
		}
		Path folder = plannedFolder(project, location);
		boolean folderExisted = folder != null && Files.exists(folder);
		if (folderExisted && !isEmptyFolder(folder)) {
			throw CoreStatus.error(NLS.bind(Messages.ProjectCreator_folderNotEmpty, folder), null);
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ProjectCreator_task, project.getName()), 5);
		try {
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			description.setLocationURI(location);
			project.create(description, progress.split(1));
			project.open(progress.split(1));
			addNature(project, progress.split(1));
			IFolder data = project.getFolder(ProjectLayout.DATA_FOLDER_NAME);
			data.create(IResource.NONE, true, progress.split(1));
			writeModelFile(project, taskKind);
			ProjectModelFile.of(project).refreshModelFile(progress.split(1));
			return project;
		} catch (CoreException | RuntimeException e) {
			// OperationCanceledException is a RuntimeException: cancelling also undoes everything.
			removeQuietly(project, folderExisted ? folder : null, e);
			throw e;
		}
	}

	private Path plannedFolder(IProject project, URI location) {
		if (location != null) {
			return "file".equals(location.getScheme()) ? Path.of(location) : null; //$NON-NLS-1$
		}
		IPath root = workspace.getRoot().getLocation();
		return root == null ? null : root.append(project.getName()).toPath();
	}

	private static boolean isEmptyFolder(Path folder) throws CoreException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			throw CoreStatus.error(NLS.bind(Messages.ProjectCreator_folderUnreadable, folder), e);
		}
	}

	private static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
		// Set after opening (not in the create description) so the nature's configure() runs.
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { ModelProjectNature.ID });
		project.setDescription(description, monitor);
	}

	private static void writeModelFile(IProject project, TaskKind taskKind) throws CoreException {
		Path modelFile = ProjectLayout.modelFile(ProjectModelFile.of(project).projectFolder());
		try {
			ModelDocument.create(modelFile, InitialModel.create(project.getName(), taskKind)).close();
		} catch (ModelFileException e) {
			throw CoreStatus.error(e.getMessage(), e);
		}
	}

	private static void removeQuietly(IProject project, Path folderToRecreate, Exception failure) {
		try {
			if (project.exists()) {
				project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, new NullProgressMonitor());
			}
			if (folderToRecreate != null) {
				// The user had made this (empty) folder before; only what we put in it goes.
				Files.createDirectories(folderToRecreate);
			}
		} catch (CoreException | IOException | RuntimeException cleanupFailure) {
			failure.addSuppressed(cleanupFailure);
		}
	}
}
