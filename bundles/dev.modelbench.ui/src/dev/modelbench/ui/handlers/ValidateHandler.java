package dev.modelbench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.modelbench.ui.validation.ValidationView;

/**
 * Tries the trained model in the Validation view: live from the webcam ({@code ValidateHandler:webcam}
 * in plugin.xml), live from the microphone ({@code :microphone}), from a board that runs it ({@code :board})
 * or on a file chosen now ({@code :file}).
 */
public final class ValidateHandler extends ModelProjectStepHandler {

	public ValidateHandler() {
		super("file"); //$NON-NLS-1$
	}

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		ModelProjects.editor(page, project);
		ValidationView view = show(page, ValidationView.ID, ValidationView.class);
		return switch (step()) {
		case "webcam" -> view.useWebcam(); //$NON-NLS-1$
		case "microphone" -> view.useMicrophone(); //$NON-NLS-1$
		case "board" -> view.useBoard(); //$NON-NLS-1$
		default -> {
			// The file given as the command's parameter, else asked for.
			String file = event.getParameter(ModelCommands.FILE_PARAMETER);
			yield file == null ? view.chooseFile() : view.predictFile(Path.of(file));
		}
		};
	}
}
