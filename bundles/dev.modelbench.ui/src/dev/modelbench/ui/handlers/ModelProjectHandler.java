package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command on one Model project ({@link ModelProjects#in}); plugin.xml enables it only when there
 * is one, so a handler only finds none when the selection changed meanwhile.
 */
abstract class ModelProjectHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IProject project = ModelProjects.in(event.getApplicationContext());
		if (project == null) {
			return null;
		}
		try {
			return execute(event, project, HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** Runs the command on {@code project} in {@code page}; returns what a test may wait for (a job), or null. */
	protected abstract Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page)
			throws PartInitException;

	/** The view {@code id} of {@code page}, shown. */
	protected static <T> T show(IWorkbenchPage page, String id, Class<T> type) throws PartInitException {
		return type.cast(page.showView(id));
	}
}
