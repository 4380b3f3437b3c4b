package dev.modelbench.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;

/**
 * Runs one command line: finds the verb, parses its options, opens the workspace and runs it.
 * Every failure ends as one line on stderr and a non-zero exit code: 2 for a command line that was
 * not understood, 1 for work that could not be done.
 */
public final class CommandLine {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;

	public CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs {@code words} (the verb and its arguments) and returns the exit code. */
	public int run(List<String> words) {
		try {
			return dispatch(words);
		} catch (UsageException e) {
			return fail(USAGE, e.getMessage());
		} catch (CommandException e) {
			return fail(FAILED, e.getMessage());
		} catch (OperationCanceledException e) {
			return fail(FAILED, Messages.CommandLine_cancelled);
		} catch (RuntimeException e) {
			ILog.of(CommandLine.class).error(e.toString(), e);
			// The user gets the reason in words; the exception's class and trace go to the log only.
			String reason = e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
			return fail(FAILED, NLS.bind(Messages.CommandLine_internalError, reason));
		} finally {
			out.flush();
		}
	}

	private int dispatch(List<String> words) throws UsageException, CommandException {
		if (words.isEmpty() || isHelp(words.get(0))) {
			out.print(overview());
			return OK;
		}
		VerbSpec spec = VerbSpec.named(words.get(0))
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.CommandLine_unknownVerb, words.get(0))));
		Arguments arguments = Arguments.parse(spec.word, words.subList(1, words.size()), spec.valueOptions, spec.flags);
		if (arguments.flag("help")) { //$NON-NLS-1$
			out.print(spec.usage);
			return OK;
		}
		try (WorkspaceSession session = WorkspaceSession.open(spec.workspace(arguments))) {
			return spec.create().run(arguments, out, err);
		}
	}

	private int fail(int code, String message) {
		out.flush();
		err.println("modelbench: " + message); //$NON-NLS-1$
		err.flush();
		return code;
	}

	private static boolean isHelp(String word) {
		return word.equals("--help") || word.equals("-h") || word.equals("help"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String overview() {
		StringBuilder text = new StringBuilder(Messages.CommandLine_overview);
		for (VerbSpec spec : VerbSpec.values()) {
			text.append(String.format("  %-12s %s%n", spec.word, spec.summary)); //$NON-NLS-1$
		}
		text.append(Messages.CommandLine_overviewFooter);
		return text.toString();
	}
}
