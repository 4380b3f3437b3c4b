package dev.modelbench.ui.deploy;

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardKeyChangedException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.onboard.BoardProgram;
import dev.modelbench.deploy.unihiker.RemoteRun;
import dev.modelbench.deploy.unihiker.SftpDeployer;

/**
 * Generate model code, then Upload and run on a Linux board: the program and the model are copied
 * over SFTP, the program runs there until it ends or the job is cancelled, and each line it prints
 * goes to the output. Cancelling stops it.
 */
final class BoardRunJob extends Job {

	/** The Linux boards' programs are Python, run by the board's own interpreter. */
	static final String INTERPRETER = "python3 "; //$NON-NLS-1$

	/** How often a running program's job looks for a cancel. */
	private static final Duration POLL = Duration.ofMillis(250);

	private final ProgramRequest request;
	private final UploadMethod.Sftp login;
	private final Consumer<BoardProgram> generated;
	private final Consumer<String> outcome;
	private final Consumer<String> output;
	private final BoardKeyQuestions keys;

	/**
	 * @param login     the board's address, login and folder
	 * @param generated hears the program written, on the job's thread
	 * @param outcome   hears what happens, in words, on the job's thread
	 * @param output    hears each line the program prints, on an SSH thread
	 * @param keys      which boards the user trusts, and asks about new ones
	 */
	BoardRunJob(ProgramRequest request, UploadMethod.Sftp login, Consumer<BoardProgram> generated,
			Consumer<String> outcome, Consumer<String> output, BoardKeyQuestions keys) {
		super(NLS.bind(Messages.Run_job, request.board().name(), login.host()));
		this.request = request;
		this.login = login;
		this.generated = generated;
		this.outcome = outcome;
		this.output = output;
		this.keys = keys;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		String board = request.board().name();
		try {
			BoardProgram program = request.generate(progress.split(3));
			generated.accept(program);
			outcome.accept(NLS.bind(Messages.Run_uploading, board, login.host()));
			try (SftpDeployer deployer = SftpDeployer.connect(login, keys.keys(), keys)) {
				deployer.upload(program.files(), progress.split(6));
				String file = program.main().getFileName().toString();
				progress.subTask(NLS.bind(Messages.Run_running, file, board));
				try (RemoteRun remote = deployer.start(INTERPRETER + file, output)) {
					outcome.accept(NLS.bind(Messages.Run_running, file, board));
					Integer exit = waitForEnd(remote, monitor);
					outcome.accept(exit == null ? NLS.bind(Messages.Run_lost, file, board)
							: NLS.bind(Messages.Run_ended, new Object[] { file, board, exit }));
				}
			}
		} catch (BoardKeyChangedException e) {
			outcome.accept(e.getMessage());
			keys.offerToForget(e, outcome);
		} catch (DeployException e) {
			outcome.accept(e.getMessage());
		} catch (OperationCanceledException e) {
			outcome.accept(NLS.bind(Messages.Run_stopped, board));
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	/** The program's exit status, or null when the connection ended without one. */
	private static Integer waitForEnd(RemoteRun remote, IProgressMonitor monitor) {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Integer exit = remote.waitFor(POLL);
			if (exit != null || remote.ended()) {
				return exit;
			}
		}
	}
}
