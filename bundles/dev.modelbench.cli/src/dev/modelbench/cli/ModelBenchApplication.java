package dev.modelbench.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code modelbench} command line as an Eclipse application (dev.modelbench.cli.app). */
public final class ModelBenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] words = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		writeCommandLineConfiguration();
		return new CommandLine(System.out, System.err).run(words == null ? List.of() : List.of(words));
	}

	/**
	 * For the start script's next runs (see {@link CommandLineConfiguration}); without it they start
	 * all of the IDE's bundles, which is slower but works.
	 */
	private static void writeCommandLineConfiguration() {
		try {
			CommandLineConfiguration.writeIfRequested(
					Path.of(URIUtil.toURI(Platform.getInstallLocation().getURL())).resolve("configuration")); //$NON-NLS-1$
		} catch (IOException | URISyntaxException | RuntimeException e) {
			ILog.of(ModelBenchApplication.class).warn("Cannot write the command line's configuration: " + e, e); //$NON-NLS-1$
		}
	}

	@Override
	public void stop() {
		// A verb runs to its end or fails; there is nothing to interrupt here.
	}
}
