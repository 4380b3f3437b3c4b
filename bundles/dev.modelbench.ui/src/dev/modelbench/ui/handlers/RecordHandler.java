package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.modelbench.core.model.Category;
import dev.modelbench.ui.editors.ModelEditor;

/**
 * Records samples into a category: from the webcam ({@code RecordHandler:webcam} in plugin.xml), the
 * microphone ({@code :microphone}) or a connected board's camera or microphone ({@code :board}). The category is the command's parameter (a card's button
 * gives its own), else the card the cursor is in, else the first.
 */
public final class RecordHandler extends ModelProjectStepHandler {

	public RecordHandler() {
		super("webcam"); //$NON-NLS-1$
	}

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		ModelEditor editor = ModelProjects.editor(page, project);
		Category category = editor.category(event.getParameter(ModelCommands.CATEGORY_PARAMETER));
		if (category == null) {
			editor.showMessage(Messages.Handler_addCategoryFirst);
			return null;
		}
		return switch (step()) {
		case "microphone" -> editor.openMicrophone(category, true); //$NON-NLS-1$
		case "board" -> editor.recordFromBoard(category, true); //$NON-NLS-1$
		default -> editor.openWebcam(category, true);
		};
	}
}
