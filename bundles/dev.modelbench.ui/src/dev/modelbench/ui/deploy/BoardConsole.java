package dev.modelbench.ui.deploy;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** A page of the Console view for a program running on a board: its lines as they come, the latest run only. */
final class BoardConsole {

	private final MessageConsoleStream stream;

	private BoardConsole(MessageConsole console) {
		stream = console.newMessageStream();
	}

	/** The page named {@code name}, emptied and shown (made if there is none); on the UI thread. */
	static BoardConsole show(String name) {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		MessageConsole found = null;
		for (IConsole each : manager.getConsoles()) {
			if (each instanceof MessageConsole message && each.getName().equals(name)) {
				found = message;
			}
		}
		if (found == null) {
			found = new MessageConsole(name, null);
			manager.addConsoles(new IConsole[] { found });
		}
		found.clearConsole();
		manager.showConsoleView(found);
		return new BoardConsole(found);
	}

	/** Adds a line; from any thread. */
	void println(String line) {
		stream.println(line);
	}
}
