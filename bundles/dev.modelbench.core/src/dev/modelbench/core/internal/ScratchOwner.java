package dev.modelbench.core.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the scratch files and folders a killed process left in a project (an import's staging
 * folder, a half-written temporary model file) from another process's work in progress. Their
 * names carry the owner's tag, its process id and start time (a reused process id has another
 * start time); within this process, what is still being written is registered as in flight.
 */
public final class ScratchOwner {

	private static final Pattern TAG = Pattern.compile("(\\d+)_(\\d+)"); //$NON-NLS-1$
	private static final String OWN_TAG = tagOf(ProcessHandle.current()).orElse(ProcessHandle.current().pid() + "_0"); //$NON-NLS-1$
	private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

	private ScratchOwner() {
	}

	/** This process's tag, to put into the names of its scratch files. */
	public static String tag() {
		return OWN_TAG;
	}

	/** Marks {@code path} as being written by this process; call before creating it. */
	public static void begin(Path path) {
		IN_FLIGHT.add(key(path));
	}

	/** Marks {@code path} as no longer being written; what is left of it is then a leftover. */
	public static void end(Path path) {
		if (path != null) {
			IN_FLIGHT.remove(key(path));
		}
	}

	/**
	 * Whether {@code path}, named with a tag, was left by a process that has ended (or by this
	 * process, outside any write in flight). False where the owner may still be at work or unknown.
	 */
	public static boolean isLeftover(Path path) {
		Matcher tag = TAG.matcher(path.getFileName().toString());
		if (!tag.find()) {
			return false;
		}
		if (tag.group().equals(OWN_TAG)) {
			return !IN_FLIGHT.contains(key(path));
		}
		try {
			Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(tag.group(1)));
			if (owner.isEmpty() || !owner.get().isAlive()) {
				return true;
			}
			// Another user's process may hide its start time: then it counts as the owner.
			return tagOf(owner.get()).map(ownerTag -> !ownerTag.equals(tag.group())).orElse(false);
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static Optional<String> tagOf(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli).map(start -> process.pid() + "_" + start); //$NON-NLS-1$
	}

	private static Path key(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
