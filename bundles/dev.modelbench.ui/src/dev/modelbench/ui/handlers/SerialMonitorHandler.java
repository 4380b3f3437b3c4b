package dev.modelbench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.deploy.SerialMonitorView;

/**
 * The Serial Monitor's actions, named after the class in plugin.xml: connect to the chosen port
 * ({@code SerialMonitorHandler:connect}), disconnect ({@code :disconnect}), send the typed line
 * ({@code :send}), clear the output ({@code :clear}) and save the log ({@code :saveLog}, into the
 * file its parameter names, else one the user chooses).
 */
public final class SerialMonitorHandler extends AbstractHandler implements IExecutableExtension {

	private String step = "connect"; //$NON-NLS-1$

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		if (data instanceof String given) {
			step = given;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		SerialMonitorView view;
		if (HandlerUtil.getActivePart(event) instanceof SerialMonitorView active) {
			view = active;
		} else {
			try {
				view = (SerialMonitorView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
						.showView(SerialMonitorView.ID);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		switch (step) {
		case "disconnect" -> view.disconnect(); //$NON-NLS-1$
		case "send" -> view.send(); //$NON-NLS-1$
		case "clear" -> view.clear(); //$NON-NLS-1$
		case "saveLog" -> { //$NON-NLS-1$
			String file = event.getParameter(ModelCommands.FILE_PARAMETER);
			if (file == null) {
				view.saveLogAs();
			} else {
				view.saveLog(Path.of(file));
			}
		}
		default -> view.connect();
		}
		return null;
	}
}
