package dev.modelbench.core.persistence;

import java.util.regex.Pattern;

/**
 * Whether a relative path from a file someone else made (a zip entry, a sample path in a model
 * file) stays inside the folder it is taken from. Checked with both '/' and '\' as separators,
 * because either may come from Windows and a "..\" segment climbs out there.
 */
public final class RelativePath {

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*"); //$NON-NLS-1$

	private RelativePath() {
	}

	/** False if {@code path} is absolute, names a drive, holds a NUL or climbs out with "..". */
	public static boolean staysInside(String path) {
		String slashed = path.replace('\\', '/');
		if (slashed.startsWith("/") || DRIVE.matcher(slashed).matches() || path.indexOf('\0') >= 0) { //$NON-NLS-1$
			return false;
		}
		for (String segment : slashed.split("/")) { //$NON-NLS-1$
			if (segment.equals("..")) { //$NON-NLS-1$
				return false;
			}
		}
		return true;
	}
}
