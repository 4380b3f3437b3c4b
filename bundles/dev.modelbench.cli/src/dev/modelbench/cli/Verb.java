package dev.modelbench.cli;

import java.io.PrintStream;

/** One verb of the command line, e.g. {@code import}. Runs after the workspace is open. */
public interface Verb {

	/**
	 * Does the verb's work, printing results to {@code out}; {@code err} is for problems with
	 * single items that do not stop the verb (the verb's own failure is thrown).
	 *
	 * @return the process exit code, 0 for success
	 */
	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException;
}
