package dev.modelbench.cli;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ProjectModelFile;

/** The Model project a verb names with {@code --project}, with its model file open. */
final class OpenModelProject implements AutoCloseable {

	private final IProject project;
	private final ModelDocument document;
	private final Path folder;

	private OpenModelProject(IProject project, ModelDocument document, Path folder) {
		this.project = project;
		this.document = document;
		this.folder = folder;
	}

	/** Opens the project of {@code --project}, refusing one that is missing or not a Model project. */
	static OpenModelProject of(Arguments arguments) throws UsageException, CommandException {
		return of(ResourcesPlugin.getWorkspace().getRoot().getProject(projectName(arguments)));
	}

	/** The name --project gives, refused unless the workspace can have a project of that name (no "/", ":" ...). */
	static String projectName(Arguments arguments) throws UsageException {
		String name = arguments.required(Options.PROJECT);
		IStatus valid = ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			throw new UsageException(NLS.bind(Messages.Project_badName, name, valid.getMessage()));
		}
		return name;
	}

	/** Opens {@code project}, refusing one that is missing or not a Model project. */
	static OpenModelProject of(IProject project) throws CommandException {
		if (!project.exists()) {
			throw new CommandException(NLS.bind(Messages.Project_missing, project.getName(),
					ResourcesPlugin.getWorkspace().getRoot().getLocation()));
		}
		if (!ProjectModelFile.isModelProject(project)) {
			throw new CommandException(NLS.bind(Messages.Project_notAModelProject, project.getName()));
		}
		try {
			ProjectModelFile file = ProjectModelFile.of(project);
			return new OpenModelProject(project, file.open(), file.projectFolder());
		} catch (CoreException e) {
			throw new CommandException(e.getStatus().getMessage(), e);
		}
	}

	IProject project() {
		return project;
	}

	ModelDocument document() {
		return document;
	}

	/** The project folder on disk. */
	Path folder() {
		return folder;
	}

	/** Lets the workspace see what the verb wrote into the project (model file, trained model). */
	void refresh() throws CommandException {
		try {
			ProjectModelFile.of(project).refreshAll(new NullProgressMonitor());
		} catch (CoreException e) {
			throw new CommandException(e.getStatus().getMessage(), e);
		}
	}

	@Override
	public void close() {
		document.close();
	}
}
