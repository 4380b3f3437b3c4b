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
import dev.modelbench.deploy.avr.Stk500Uploader;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.firmware.IntelHex;
import dev.modelbench.deploy.sketch.SketchCompiler;

/**
 * Compiles a generated sketch and flashes it onto the board on a port, by the board's upload
 * method. Cancellable between and within the steps; an open serial monitor steps aside meanwhile.
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

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			String fqbn = board.fqbn().orElseThrow(() -> new DeployException(NLS.bind(Messages.Upload_notArduino, board.name())));
			if (!(board.uploadMethod() instanceof UploadMethod.Stk500v1 stk500)) {
				// The ESP ROM, UF2 and SFTP engines exist; the Deploy view flashes STK500 boards for now.
				throw new DeployException(NLS.bind(Messages.Upload_methodNotYet, board.name(), switch (board.uploadMethod()) {
				case UploadMethod.EspRom esp -> Messages.Upload_byEspRom;
				case UploadMethod.Uf2Drive uf2 -> NLS.bind(Messages.Upload_byUf2, uf2.volumeLabel());
				case UploadMethod.Sftp sftp -> NLS.bind(Messages.Upload_bySftp, sftp.host());
				case UploadMethod.Stk500v1 avr -> avr.toString();
				}));
			}
			progress.subTask(Messages.Upload_compiling);
			SketchCompiler compiler = SketchCompiler.find();
			SketchCompiler.Compiled compiled = compiler.compile(sketchFolder, fqbn, buildFolder, progress.split(5));
			progress.subTask(NLS.bind(Messages.Upload_flashing, port));
			Stk500Uploader.Result result = new Stk500Uploader(stk500).upload(port, IntelHex.read(compiled.hex()),
					progress.split(5));
			outcome.accept(NLS.bind(Messages.Upload_done, new Object[] { result.bytes(), board.name(), port }));
		} catch (DeployException e) {
			outcome.accept(e.getMessage());
		} catch (OperationCanceledException e) {
			outcome.accept(Messages.Upload_cancelled);
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
