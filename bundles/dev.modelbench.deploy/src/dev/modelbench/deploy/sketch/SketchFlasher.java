package dev.modelbench.deploy.sketch;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.avr.Stk500Uploader;
import dev.modelbench.deploy.esp.EspBuildImages;
import dev.modelbench.deploy.esp.EspRomFlasher;
import dev.modelbench.deploy.firmware.IntelHex;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.uf2.Uf2Copier;

/**
 * Puts a compiled sketch onto a board by the board's upload method, so that every caller (the
 * Deploy view, scripts) flashes each kind of board the same way: STK500 over serial with read-back,
 * the ESP ROM bootloader with MD5 verification, or a UF2 copied onto the boot drive.
 */
public final class SketchFlasher {

	/**
	 * What a flash did.
	 *
	 * @param bytes the bytes written (and verified, where the method can)
	 * @param where the port or the drive file written
	 */
	public record Flashed(long bytes, String where) {
	}

	private final List<Path> driveRoots;

	/** Looks for UF2 boot drives where this system mounts removable drives. */
	public SketchFlasher() {
		this(Uf2Copier.mountRoots());
	}

	/** @param driveRoots the folders whose sub-folders may be a UF2 boot drive */
	public SketchFlasher(List<Path> driveRoots) {
		this.driveRoots = List.copyOf(driveRoots);
	}

	/** Whether the board is reached over a serial port (and so needs one chosen) for a flash. */
	public static boolean needsPort(Board board) {
		return board.uploadMethod() instanceof UploadMethod.Stk500v1 || board.uploadMethod() instanceof UploadMethod.EspRom;
	}

	/**
	 * Flashes {@code compiled} onto {@code board}.
	 *
	 * @param port the board's serial port; not used for a UF2 drive
	 * @throws DeployException with a message for the user, from the method's engine; a board that is
	 *                         not flashed with sketches (a Linux board) is refused
	 */
	public Flashed flash(Board board, SketchCompiler.Compiled compiled, String port, IProgressMonitor monitor)
			throws DeployException {
		return switch (board.uploadMethod()) {
		case UploadMethod.Stk500v1 stk500 -> new Flashed(
				new Stk500Uploader(stk500).upload(port, IntelHex.read(compiled.hex()), monitor).bytes(), port);
		case UploadMethod.EspRom esp -> new Flashed(new EspRomFlasher(esp)
				.flash(port, EspBuildImages.of(compiled.hex(), esp.chip()), monitor).bytes(), port);
		case UploadMethod.Uf2Drive uf2 -> {
			Path written = new Uf2Copier(uf2).copy(compiled.hex(), driveRoots, monitor);
			yield new Flashed(written.toFile().length(), written.toString());
		}
		case UploadMethod.Sftp sftp -> throw new DeployException(NLS.bind(Messages.Flash_noSketches, board.name()));
		};
	}
}
