package dev.modelbench.cli;

import java.nio.file.Path;

/** Option names shared by several verbs, and their defaults. */
final class Options {

	static final String PROJECT = "project"; //$NON-NLS-1$
	static final String WORKSPACE = "workspace"; //$NON-NLS-1$

	private Options() {
	}

	static Path defaultWorkspace() {
		String fromEnvironment = System.getenv("MODELBENCH_WORKSPACE"); //$NON-NLS-1$
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Path.of(fromEnvironment).toAbsolutePath().normalize();
		}
		return Path.of(System.getProperty("user.home"), "modelbench-workspace"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
