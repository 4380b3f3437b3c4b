package dev.modelbench.core.internal.dataset;

import java.util.regex.Pattern;

/**
 * Decides whether a zip entry name stays inside the folder it is extracted to. Names are checked
 * both with '/' and '\' as separators, because zips made on Windows may use either and a
 * "..\" segment is a traversal on Windows.
 */
final class ZipEntryName {

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*"); //$NON-NLS-1$

	private ZipEntryName() {
	}

	/** True if the name is absolute or climbs out of the extraction folder. */
	static boolean escapes(String name) {
		String slashed = name.replace('\\', '/');
		if (slashed.startsWith("/") || DRIVE.matcher(slashed).matches() || name.indexOf('\0') >= 0) { //$NON-NLS-1$
			return true;
		}
		for (String segment : slashed.split("/")) { //$NON-NLS-1$
			if (segment.equals("..")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}
}
