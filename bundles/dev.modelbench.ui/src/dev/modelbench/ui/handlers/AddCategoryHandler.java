package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Adds a category to the project's model, in its editor, with the cursor in the new name. */
public final class AddCategoryHandler extends ModelProjectHandler {

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		return ModelProjects.editor(page, project).addCategory();
	}
}
