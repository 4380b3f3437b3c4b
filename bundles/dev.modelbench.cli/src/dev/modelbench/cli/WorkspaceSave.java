package dev.modelbench.cli;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Saves the workspace. A class of its own so that core.resources loads only once a workspace is set. */
final class WorkspaceSave {

	private WorkspaceSave() {
	}

	static void run() throws CoreException {
		ResourcesPlugin.getWorkspace().save(true, null);
	}
}
