package dev.modelbench.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code modelbench} command line as an Eclipse application (dev.modelbench.cli.app). */
public final class ModelBenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] words = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new CommandLine(System.out, System.err).run(words == null ? List.of() : List.of(words));
	}

	@Override
	public void stop() {
		// A verb runs to its end or fails; there is nothing to interrupt here.
	}
}
