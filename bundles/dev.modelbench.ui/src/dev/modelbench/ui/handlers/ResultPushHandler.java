package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.modelbench.ui.push.ResultPushPanel;
import dev.modelbench.ui.validation.ValidationView;

/**
 * The Real-time Result Push of the Validation view: connect with its settings
 * ({@code ResultPushHandler:connect} in plugin.xml), disconnect ({@code :disconnect}), start or stop
 * the built-in broker ({@code :startBroker}, {@code :stopBroker}).
 */
public final class ResultPushHandler extends ModelProjectStepHandler {

	public ResultPushHandler() {
		super("connect"); //$NON-NLS-1$
	}

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		ModelProjects.editor(page, project);
		ResultPushPanel push = show(page, ValidationView.ID, ValidationView.class).push();
		push.setExpanded(true);
		switch (step()) {
		case "disconnect" -> push.disconnect(); //$NON-NLS-1$
		case "startBroker" -> push.startBroker(); //$NON-NLS-1$
		case "stopBroker" -> push.stopBroker(); //$NON-NLS-1$
		default -> push.connect();
		}
		return null;
	}
}
