package dev.modelbench.core.project;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.CoreStatus;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * The model file of a workspace project: opens it as a {@link ModelDocument} and tells the
 * workspace about changes the document made on disk.
 */
public final class ProjectModelFile {

	private final IProject project;

	private ProjectModelFile(IProject project) {
		this.project = project;
	}

	public static ProjectModelFile of(IProject project) {
		return new ProjectModelFile(project);
	}

	/** Whether {@code project} is open and has the Model project nature. */
	public static boolean isModelProject(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ModelProjectNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	public IFile file() {
		return project.getFile(ProjectLayout.MODEL_FILE_NAME);
	}

	/** The project folder on the local disk. */
	public Path projectFolder() throws CoreException {
		IPath location = project.getLocation();
		if (location == null) {
			throw CoreStatus.error(NLS.bind(Messages.Project_notLocal, project.getName()), null);
		}
		return location.toPath();
	}

	/** Loads the project's model file for editing; the caller closes the document. */
	public ModelDocument open() throws CoreException {
		try {
			return ModelDocument.load(ProjectLayout.modelFile(projectFolder()));
		} catch (ModelFileException e) {
			throw CoreStatus.error(e.getMessage(), e);
		}
	}

	/** Makes the workspace see a model file that a {@link ModelDocument} saved. */
	public void refreshModelFile(IProgressMonitor monitor) throws CoreException {
		file().refreshLocal(IResource.DEPTH_ZERO, monitor);
	}

	/** Makes the workspace see the model file and all sample files, e.g. after an import. */
	public void refreshAll(IProgressMonitor monitor) throws CoreException {
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
	}
}
