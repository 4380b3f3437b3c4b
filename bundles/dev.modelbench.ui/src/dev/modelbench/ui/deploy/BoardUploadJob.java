package dev.modelbench.ui.deploy;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.sketch.SketchCompiler;
import dev.modelbench.deploy.sketch.SketchFlasher;
import dev.modelbench.train.project.TrainedModelStore;

/**
 * Compiles a generated sketch and flashes it onto the board (on a port, or its UF2 drive) by the
 * board's upload method. Cancellable between and within the steps; an open serial monitor steps aside meanwhile.
 */
final class BoardUploadJob extends Job {

	private final Board board;
	private final Path sketchFolder;
	private final Path buildFolder;
	private final String port;
	private final Consumer<String> outcome;

	/**
	 * @param buildFolder where the compiler writes (a cache: safe to delete)
	 * @param outcome     told what happened, in words, on the job's thread
	 */
	BoardUploadJob(Board board, Path sketchFolder, Path buildFolder, String port, Consumer<String> outcome) {
		super(NLS.bind(Messages.Upload_job, board.name(), port));
		this.board = board;
		this.sketchFolder = sketchFolder;
		this.buildFolder = buildFolder;
		this.port = port;
		this.outcome = outcome;
		setUser(true);
	}

	/** The job for a sketch of the project, compiled into the project's cache (one build folder per sketch). */
	static BoardUploadJob forProject(Board board, Path projectFolder, Path sketchFolder, String port,
			Consumer<String> outcome) {
		Path build = TrainedModelStore.cacheFolder(projectFolder).resolve("sketch-build") //$NON-NLS-1$
				.resolve(sketchFolder.getFileName().toString());
		return new BoardUploadJob(board, sketchFolder, build, port, outcome);
	}

	/** Where the flash goes, in words: the port, or the boot drive for a board that has no port to flash over. */
	static String target(Board board, String port) {
		return SketchFlasher.needsPort(board) ? port : Messages.Deploy_bootDrive;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			String fqbn = board.fqbn().orElseThrow(() -> new DeployException(NLS.bind(Messages.Upload_notArduino, board.name())));
			progress.subTask(Messages.Upload_compiling);
			SketchCompiler.Compiled compiled = SketchCompiler.find().compile(sketchFolder, fqbn, buildFolder,
					progress.split(5));
			progress.subTask(NLS.bind(Messages.Upload_flashing, target(board, port)));
			SketchFlasher.Flashed flashed = new SketchFlasher().flash(board, compiled, port, progress.split(5));
			outcome.accept(NLS.bind(Messages.Upload_done, new Object[] { flashed.bytes(), board.name(), flashed.where() }));
		} catch (DeployException e) {
			outcome.accept(e.getMessage());
		} catch (OperationCanceledException e) {
			outcome.accept(Messages.Upload_cancelled);
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
