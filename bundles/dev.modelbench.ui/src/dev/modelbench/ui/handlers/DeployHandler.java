package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.modelbench.ui.deploy.DeployView;

/**
 * One step of the Deploy view for the chosen board and port: generate the result reactor sketch
 * ({@code DeployHandler:sketch} in plugin.xml), generate the program that runs the model on the board
 * ({@code :modelCode}), generate, compile and upload the sketch ({@code :upload}), generate, compile
 * and flash the model's sketch ({@code :flashModel}), or upload the model's program to a Linux board
 * and run it there ({@code :run}).
 */
public final class DeployHandler extends ModelProjectStepHandler {

	public DeployHandler() {
		super("sketch"); //$NON-NLS-1$
	}

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		ModelProjects.editor(page, project);
		DeployView view = show(page, DeployView.ID, DeployView.class);
		return switch (step()) {
		case "modelCode" -> view.generateModelCode(); //$NON-NLS-1$
		case "upload" -> view.upload(); //$NON-NLS-1$
		case "flashModel" -> view.compileAndFlashModel(); //$NON-NLS-1$
		case "run" -> view.uploadAndRun(); //$NON-NLS-1$
		default -> view.generateSketch();
		};
	}
}
