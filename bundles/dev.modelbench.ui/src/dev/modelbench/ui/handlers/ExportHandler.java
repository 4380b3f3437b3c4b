package dev.modelbench.ui.handlers;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.export.ModelExport;

/**
 * Exports the trained model (ONNX for images) into the folder given as the command's parameter, or
 * asked for. What happened is shown where the user asked: in the view whose button or toolbar ran
 * it, else in the project's editor.
 */
public final class ExportHandler extends ModelProjectHandler {

	/** A part that shows the export's outcome itself. */
	public interface OutcomeShown {
		void showExportOutcome(String text);
	}

	@Override
	protected Object execute(ExecutionEvent event, IProject project, IWorkbenchPage page) throws PartInitException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		Consumer<String> outcome;
		if (part instanceof OutcomeShown shown) {
			outcome = shown::showExportOutcome;
		} else {
			outcome = ModelProjects.editor(page, project)::showMessage;
		}
		Path projectFolder = project.getLocation().toPath();
		String folder = event.getParameter(ModelCommands.FOLDER_PARAMETER);
		outcome.accept(Messages.Handler_exporting);
		ModelExport job = folder != null
				? ModelExport.run(project, projectFolder, Path.of(folder), page.getWorkbenchWindow().getShell().getDisplay(),
						outcome)
				: ModelExport.askAndRun(page.getWorkbenchWindow().getShell(), project, projectFolder, outcome);
		if (job == null) {
			outcome.accept(""); //$NON-NLS-1$
		}
		return job;
	}
}
