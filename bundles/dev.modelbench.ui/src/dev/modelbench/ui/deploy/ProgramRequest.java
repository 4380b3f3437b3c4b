package dev.modelbench.ui.deploy;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.onboard.BoardProgram;

/**
 * What Generate model code works on: a project's trained model, the board, and the folder of the
 * project's deploy/ folder its program goes to.
 */
record ProgramRequest(IProject project, Path projectFolder, Board board, Path folder) {

	/** The request for {@code board}: its program goes to {@code deploy/<board id>/}. */
	static ProgramRequest of(IProject project, Path projectFolder, Board board) {
		return new ProgramRequest(project, projectFolder, board, projectFolder.resolve(DeployView.FOLDER).resolve(board.id()));
	}

	/** Exports the model and writes the program; named after the project, as the export dialog names it. */
	BoardProgram generate(IProgressMonitor monitor) throws DeployException {
		return BoardProgram.generate(projectFolder, project.getName(), board, folder, monitor);
	}

	/** Lets the workspace (the Project Explorer, editors) see the files written; from any thread. */
	void refresh() {
		try {
			project.getFolder(DeployView.FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			// Written; the workspace sees it at its next refresh.
		}
	}
}
