package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.deploy.DeployView;

/**
 * Stop: ends the program the Deploy view's Upload and run started on the board. Not bound to a
 * project: the program runs on, whichever project is chosen now (plugin.xml enables it while one runs).
 */
public final class StopBoardProgramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().findView(DeployView.ID) instanceof DeployView view) {
			view.stopProgram();
		}
		return null;
	}
}
