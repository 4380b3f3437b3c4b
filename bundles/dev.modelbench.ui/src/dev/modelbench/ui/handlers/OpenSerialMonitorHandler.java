package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.deploy.SerialMonitorView;

/** Opens the Serial Monitor view, where a board's output is read and lines are sent to it. */
public final class OpenSerialMonitorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SerialMonitorView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
