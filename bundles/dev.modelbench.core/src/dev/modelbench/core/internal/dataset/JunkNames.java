package dev.modelbench.core.internal.dataset;

import java.util.Locale;
import java.util.Set;

/**
 * Files and folders that operating systems add to datasets behind the user's back (macOS resource
 * forks, Windows thumbnail caches, dotfiles). They are skipped silently, not reported as ignored.
 */
final class JunkNames {

	private static final Set<String> JUNK = Set.of("__macosx", "thumbs.db", "desktop.ini"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private JunkNames() {
	}

	static boolean isJunk(String fileName) {
		return fileName.startsWith(".") || JUNK.contains(fileName.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
	}
}
