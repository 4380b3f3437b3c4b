package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.modelbench.ui.training.TrainingView;

/** Trains the project with its settings, in the Training view, which shows the charts as it goes. */
public final class TrainHandler extends ModelProjectHandler {

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		ModelProjects.editor(page, project);
		return show(page, TrainingView.ID, TrainingView.class).train();
	}
}
