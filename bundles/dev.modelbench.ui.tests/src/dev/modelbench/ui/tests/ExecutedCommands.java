package dev.modelbench.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;

/**
 * The ids of the commands run while it is added to the command service, in order: a test asks that
 * a button ran its command, not logic of its own.
 */
final class ExecutedCommands implements IExecutionListener {

	private final List<String> ids = new CopyOnWriteArrayList<>();

	/** The ids recorded so far; the list grows as commands run. */
	List<String> ids() {
		return ids;
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		ids.add(commandId);
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
	}
}
