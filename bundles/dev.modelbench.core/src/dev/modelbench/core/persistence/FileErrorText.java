package dev.modelbench.core.persistence;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/**
 * A file operation's failure in the user's words. The JDK's own message of a
 * {@link FileSystemException} is often just the path (say, a hidden temporary file), which leaves the
 * user guessing why; this names the reason and the file or folder the user can do something about.
 */
public final class FileErrorText {

	private FileErrorText() {
	}

	/** The reason {@code failure} (or the exception at the root of its causes) gives, in words. */
	public static String of(Throwable failure) {
		Throwable root = failure;
		while (!(root instanceof FileSystemException) && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root instanceof FileSystemException e && e.getFile() != null) {
			return describe(e, Path.of(e.getFile()));
		}
		return root.getLocalizedMessage() != null ? root.getLocalizedMessage() : root.getClass().getSimpleName();
	}

	private static String describe(FileSystemException e, Path file) {
		if (e instanceof AccessDeniedException) {
			// Writing a new file (a temporary one, typically) is refused by its folder.
			Path folder = file.toAbsolutePath().getParent();
			return !Files.exists(file) && folder != null ? NLS.bind(Messages.FileError_folderNotWritable, folder)
					: NLS.bind(Messages.FileError_accessDenied, file);
		}
		if (e instanceof FileAlreadyExistsException) {
			return NLS.bind(Messages.FileError_exists, file);
		}
		if (e instanceof NoSuchFileException) {
			return NLS.bind(Messages.FileError_missing, file);
		}
		if (e instanceof NotDirectoryException) {
			return NLS.bind(Messages.FileError_notAFolder, file);
		}
		if (e instanceof DirectoryNotEmptyException) {
			return NLS.bind(Messages.FileError_folderNotEmpty, file);
		}
		Path folder = file.toAbsolutePath().getParent();
		if (e.getReason() != null && !Files.exists(file) && folder != null && Files.isDirectory(folder)) {
			// Creating a file failed, e.g. on a read-only or immutable folder: the folder is the news.
			return NLS.bind(Messages.FileError_cannotCreateIn, folder, e.getReason());
		}
		return e.getReason() != null ? NLS.bind(Messages.FileError_other, e.getReason(), file) : e.getLocalizedMessage();
	}
}
