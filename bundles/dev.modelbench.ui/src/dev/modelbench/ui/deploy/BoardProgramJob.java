package dev.modelbench.ui.deploy;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.onboard.BoardProgram;

/** Exports the trained model and writes the program that runs it on the board, as Generate model code does. */
final class BoardProgramJob extends Job {

	private final ProgramRequest request;
	private final Consumer<BoardProgram> generated;
	private final Consumer<String> problem;

	/**
	 * @param generated hears the program written, on the job's thread
	 * @param problem   hears why none was, in words, on the job's thread
	 */
	BoardProgramJob(ProgramRequest request, Consumer<BoardProgram> generated, Consumer<String> problem) {
		super(NLS.bind(Messages.Program_job, request.board().name()));
		this.request = request;
		this.generated = generated;
		this.problem = problem;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			generated.accept(request.generate(monitor));
		} catch (DeployException e) {
			problem.accept(e.getMessage());
		} catch (OperationCanceledException e) {
			problem.accept(Messages.Program_cancelled);
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
