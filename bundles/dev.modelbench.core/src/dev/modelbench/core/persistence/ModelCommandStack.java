package dev.modelbench.core.persistence;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack that can take back its last command completely, for an operation whose
 * side effects on disk failed after the command ran: undoing it alone would leave a redo entry
 * that re-applies changes to files that no longer exist.
 */
final class ModelCommandStack extends BasicCommandStack {

	private RuntimeException failure;

	/** Undoes the most recent command and drops it and everything after it from the stack. */
	void undoAndForget() {
		undo();
		while (commandList.size() > top + 1) {
			commandList.remove(commandList.size() - 1).dispose();
		}
		if (saveIndex > top) {
			// The saved state was in the part just dropped; it can no longer be reached by undo.
			saveIndex = -2;
		}
		notifyListeners();
	}

	/** Returns and clears the exception that the last command threw, if any. */
	RuntimeException takeFailure() {
		RuntimeException result = failure;
		failure = null;
		return result;
	}

	boolean isTopCommand(Command command) {
		return top >= 0 && commandList.get(top) == command;
	}

	@Override
	protected void handleError(Exception exception) {
		// BasicCommandStack only logs a failing command; remember it so the caller can fail fast.
		failure = exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
	}
}
