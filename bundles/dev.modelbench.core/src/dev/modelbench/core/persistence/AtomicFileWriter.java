package dev.modelbench.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import dev.modelbench.core.internal.ScratchOwner;

/**
 * Replaces a file so that readers see either the complete old or the complete new content, even if
 * the IDE crashes or the disk fills up half-way: the content goes to a temporary file in the same
 * folder, is flushed to the device, and is then renamed over the target.
 */
public final class AtomicFileWriter implements ModelFileWriter {

	private static final String TEMPORARY_SUFFIX = ".tmp"; //$NON-NLS-1$

	@Override
	public void write(Path target, ContentSource content) throws IOException {
		Path absoluteTarget = target.toAbsolutePath();
		Path folder = absoluteTarget.getParent();
		// Same folder as the target, so the final rename never crosses file systems.
		Path temp = folder.resolve(temporaryPrefix(absoluteTarget) + ScratchOwner.tag() + '.'
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
		ScratchOwner.begin(temp);
		boolean replaced = false;
		try {
			writeDurably(temp, content);
			moveOver(temp, absoluteTarget);
			replaced = true;
			syncFolder(folder);
		} finally {
			if (!replaced) {
				deleteQuietly(temp);
			}
			ScratchOwner.end(temp);
		}
	}

	/**
	 * Deletes the temporary files that writes of {@code target} by processes since killed left
	 * beside it; a write in progress in another process keeps its file.
	 */
	public static void deleteLeftovers(Path target) {
		Path absoluteTarget = target.toAbsolutePath();
		String prefix = temporaryPrefix(absoluteTarget);
		try (DirectoryStream<Path> temps = Files.newDirectoryStream(absoluteTarget.getParent(),
				entry -> entry.getFileName().toString().startsWith(prefix)
						&& entry.getFileName().toString().endsWith(TEMPORARY_SUFFIX))) {
			for (Path temp : temps) {
				if (ScratchOwner.isLeftover(temp)) {
					deleteQuietly(temp);
				}
			}
		} catch (IOException | RuntimeException e) {
			// Best effort: a stray hidden temporary file is harmless, failing to open the project is not.
		}
	}

	private static String temporaryPrefix(Path absoluteTarget) {
		return "." + absoluteTarget.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void writeDurably(Path temp, ContentSource content) throws IOException {
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	private static void moveOver(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some network shares cannot rename atomically; a plain replace is still far better than
			// truncating the original in place.
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void syncFolder(Path folder) {
		// Makes the rename itself survive a power cut. Opening a folder fails on Windows, where
		// NTFS journals the rename anyway, so a failure here is not an error.
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort, see above
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			// The original failure matters more; a stray hidden temp file is harmless.
		}
	}
}
