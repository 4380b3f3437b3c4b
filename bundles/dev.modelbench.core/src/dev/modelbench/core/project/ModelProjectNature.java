package dev.modelbench.core.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/**
 * Marks a workspace project as a Model project (a model file plus its data folder). It installs no
 * builders: training runs on demand, not on every resource change.
 */
public class ModelProjectNature implements IProjectNature {

	/** The nature id, as declared in plugin.xml. */
	public static final String ID = "dev.modelbench.core.modelNature"; //$NON-NLS-1$

	private IProject project;

	@Override
	public void configure() {
		// Nothing to install; see the class comment.
	}

	@Override
	public void deconfigure() {
		// Nothing was installed.
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
