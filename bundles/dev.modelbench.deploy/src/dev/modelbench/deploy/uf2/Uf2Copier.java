package dev.modelbench.deploy.uf2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.internal.Messages;

/**
 * Puts a UF2 file on a board whose boot ROM shows a drive (RP2040: RPI-RP2). The drive is found by
 * its {@code INFO_UF2.TXT}; the file is written block by block straight onto it, since the boot ROM
 * flashes blocks as they arrive and restarts the board after the last one.
 */
public final class Uf2Copier {

	/** The file on the drive that names the board. */
	public static final String INFO_FILE = "INFO_UF2.TXT"; //$NON-NLS-1$

	private final UploadMethod.Uf2Drive method;

	public Uf2Copier(UploadMethod.Uf2Drive method) {
		this.method = method;
	}

	/** Where this computer mounts removable drives; see {@link #mountRoots(Host.Os, String, List)}. */
	public static List<Path> mountRoots() {
		List<Path> fileSystemRoots = new ArrayList<>();
		FileSystems.getDefault().getRootDirectories().forEach(fileSystemRoots::add);
		return mountRoots(Host.current().os(), System.getProperty("user.name"), fileSystemRoots); //$NON-NLS-1$
	}

	/**
	 * The folders whose sub-folders (or which themselves) may be a board's boot drive: every drive
	 * letter on Windows ({@code E:\} holds {@code INFO_UF2.TXT}), {@code /Volumes} on a Mac, and
	 * {@code /media/<user>}, {@code /run/media/<user>} and {@code /media} on Linux.
	 *
	 * @param fileSystemRoots the file system's roots: the drive letters on Windows, {@code /} elsewhere
	 */
	public static List<Path> mountRoots(Host.Os os, String user, List<Path> fileSystemRoots) {
		List<Path> roots = new ArrayList<>();
		for (Path root : fileSystemRoots) {
			switch (os) {
			case WINDOWS -> roots.add(root);
			case MACOS -> roots.add(root.resolve("Volumes")); //$NON-NLS-1$
			default -> roots.addAll(List.of(root.resolve("media").resolve(user), //$NON-NLS-1$
					root.resolve("run").resolve("media").resolve(user), root.resolve("media"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return roots;
	}

	/** The mounted boot drives of this board kind under {@code roots} (each root, or a folder directly in it). */
	public List<Path> findDrives(List<Path> roots) {
		List<Path> drives = new ArrayList<>();
		for (Path root : roots) {
			if (isBootDrive(root)) {
				drives.add(root);
			}
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
				for (Path child : children) {
					if (isBootDrive(child) && !drives.contains(child)) {
						drives.add(child);
					}
				}
			} catch (IOException e) {
				// an unreadable mount root holds no drive we can write to
			}
		}
		return drives;
	}

	/** Whether {@code folder} is this board's boot drive: its INFO_UF2.TXT has the board id. */
	public boolean isBootDrive(Path folder) {
		Path info = folder.resolve(INFO_FILE);
		if (!Files.isRegularFile(info)) {
			return false;
		}
		try {
			for (String line : Files.readAllLines(info, StandardCharsets.ISO_8859_1)) {
				if (line.startsWith("Board-ID:") //$NON-NLS-1$
						&& line.substring("Board-ID:".length()).strip().startsWith(method.boardIdPrefix())) { //$NON-NLS-1$
					return true;
				}
			}
		} catch (IOException e) {
			return false;
		}
		return false;
	}

	/**
	 * Finds the one boot drive under {@code roots} and copies the file there.
	 *
	 * @throws BoardNotAnsweringException when no boot drive (or more than one) is mounted
	 */
	public Path copy(Path uf2, List<Path> roots, IProgressMonitor monitor) throws DeployException {
		List<Path> drives = findDrives(roots);
		if (drives.isEmpty()) {
			throw new BoardNotAnsweringException(NLS.bind(Messages.Uf2_noDrive, method.volumeLabel()));
		}
		if (drives.size() > 1) {
			throw new BoardNotAnsweringException(NLS.bind(Messages.Uf2_severalDrives, method.volumeLabel(), drives));
		}
		return copyTo(uf2, drives.getFirst(), monitor);
	}

	/** Checks the file, then writes it onto {@code drive}; returns the file written there. */
	public Path copyTo(Path uf2, Path drive, IProgressMonitor monitor) throws DeployException {
		Uf2File file = Uf2File.check(uf2, method.familyId());
		if (!isBootDrive(drive)) {
			throw new BoardNotAnsweringException(NLS.bind(Messages.Uf2_notBootDrive, drive, method.volumeLabel()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Uf2_task, drive), file.blocks());
		Path target = drive.resolve(uf2.getFileName().toString().toUpperCase(java.util.Locale.ROOT));
		byte[] block = new byte[Uf2File.BLOCK];
		try (InputStream in = Files.newInputStream(uf2);
				FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			for (int i = 0; i < file.blocks(); i++) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException(); // the boot ROM stays; copying again finishes the job
				}
				in.readNBytes(block, 0, block.length);
				out.write(ByteBuffer.wrap(block));
				progress.worked(1);
			}
			out.force(true);
		} catch (IOException e) {
			if (!Files.isDirectory(drive)) { // unplugged or reset while copying
				throw new ConnectionLostException(NLS.bind(Messages.Uf2_driveGone, drive), e);
			}
			throw new ConnectionLostException(NLS.bind(Messages.Uf2_writeFailed, drive, e.getMessage()), e);
		}
		return target;
	}
}
