package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.training.TrainingJob;
import dev.modelbench.ui.training.TrainingView;

/** Stops the running training; the best finished epoch is kept. */
public final class CancelTrainingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
				.findView(TrainingView.ID) instanceof TrainingView view) {
			view.cancel(); // says so in the view
		}
		Job.getJobManager().cancel(TrainingJob.FAMILY);
		return null;
	}
}
