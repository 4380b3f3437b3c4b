package dev.modelbench.cli;

import java.io.IOException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;

/**
 * The workspace a verb works in. The launcher starts without one ({@code -data @noDefault}) so
 * that {@code --workspace} can choose it; it is locked like the IDE locks it, and saved on close
 * so that the projects a verb made are still there next time.
 */
final class WorkspaceSession implements AutoCloseable {

	private WorkspaceSession() {
	}

	static WorkspaceSession open(Path folder) throws CommandException {
		Location instance = Platform.getInstanceLocation();
		try {
			Files.createDirectories(folder);
			URL url = folder.toUri().toURL();
			if (instance.isSet()) {
				// Started with -data (e.g. from a test runtime): only that workspace is available.
				if (!Path.of(instance.getURL().getPath()).equals(folder)) {
					throw new CommandException(NLS.bind(Messages.Workspace_alreadySet, instance.getURL().getPath(), folder));
				}
			} else if (!instance.set(url, true)) {
				throw new CommandException(NLS.bind(Messages.Workspace_locked, folder));
			}
		} catch (FileAlreadyExistsException e) {
			throw new CommandException(NLS.bind(Messages.Workspace_isAFile, folder), e);
		} catch (AccessDeniedException e) {
			// Its message is only the path; e.g. the default workspace of a user without a home folder.
			throw new CommandException(NLS.bind(Messages.Workspace_cannotWrite, folder, e.getFile()), e);
		} catch (IOException | IllegalStateException e) {
			throw new CommandException(NLS.bind(Messages.Workspace_cannotOpen, folder, e.getMessage()), e);
		}
		return new WorkspaceSession();
	}

	@Override
	public void close() throws CommandException {
		try {
			WorkspaceSave.run();
		} catch (CoreException e) {
			throw new CommandException(NLS.bind(Messages.Workspace_cannotSave, e.getStatus().getMessage()), e);
		}
	}
}
