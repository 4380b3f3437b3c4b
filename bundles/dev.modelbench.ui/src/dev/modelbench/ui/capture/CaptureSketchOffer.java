package dev.modelbench.ui.capture;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.NotSscmaException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.sensor.CaptureSketchInstaller;
import dev.modelbench.deploy.sketch.SketchFlasher;

/**
 * When a board chosen as camera or microphone runs another program (a model sketch, a blink), the
 * recording dialogs offer to flash Model Bench's capture sketch onto it: asked first, then compiled
 * and flashed by the board's own upload path as a job with progress and cancel.
 */
final class CaptureSketchOffer {

	/** The question's title, by which tests find it. */
	static final String TITLE = Messages.Board_flashTitle;

	private CaptureSketchOffer() {
	}

	/**
	 * The board to flash when {@code failure}, from opening {@code input}, says it speaks something
	 * other than SSCMA and it is a board the capture sketch is made for; else empty.
	 */
	static Optional<Board> applies(Object input, Throwable failure) {
		if (input instanceof BoardInput board && failure.getCause() instanceof NotSscmaException) {
			return board.captureBoard();
		}
		return Optional.empty();
	}

	/** Asks whether to flash; true when the user agrees. Leaves everything as it was when not. */
	static boolean ask(Shell shell, String inputName, String failure) {
		MessageDialog question = new MessageDialog(shell, TITLE, null,
				NLS.bind(Messages.Board_flashQuestion, inputName, failure), MessageDialog.QUESTION, 0,
				Messages.Board_flashButton, Messages.Board_flashCancel);
		return question.open() == 0;
	}

	/**
	 * Flashes the capture sketch onto {@code board} on {@code port} in a user job, which can be
	 * cancelled from the progress view; {@code outcome} hears, on the job's thread, null when it is
	 * on the board, else what went wrong in words.
	 */
	static Job flash(Board board, String port, Consumer<String> outcome) {
		Job job = new Job(NLS.bind(Messages.Board_flashJob, board.name(), port)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					new CaptureSketchInstaller(new SketchFlasher()).install(board, port, workFolder(),
							monitor);
					outcome.accept(null);
				} catch (DeployException e) {
					outcome.accept(e.getMessage());
				} catch (OperationCanceledException e) {
					outcome.accept(Messages.Board_flashCancelled);
					return Status.CANCEL_STATUS;
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Where the sketch is generated and built: the user's Model Bench state, not a project. */
	private static Path workFolder() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(CaptureSketchOffer.class)).toPath()
				.resolve("capture-sketch"); //$NON-NLS-1$
	}
}
