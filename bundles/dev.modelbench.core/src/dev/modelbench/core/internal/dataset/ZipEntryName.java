package dev.modelbench.core.internal.dataset;

import dev.modelbench.core.persistence.RelativePath;

/** Decides whether a zip entry name stays inside the folder it is extracted to. */
final class ZipEntryName {

	private ZipEntryName() {
	}

	/** True if the name is absolute or climbs out of the extraction folder. */
	static boolean escapes(String name) {
		return !RelativePath.staysInside(name);
	}
}
