package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Asks for a dataset folder (or zip) and imports it into the project, from its editor. */
public final class ImportDatasetHandler extends ModelProjectHandler {

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		return ModelProjects.editor(page, project).chooseDataset();
	}
}
