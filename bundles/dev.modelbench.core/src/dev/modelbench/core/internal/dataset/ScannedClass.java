package dev.modelbench.core.internal.dataset;

import java.util.List;

/**
 * A class folder of a dataset (merged across train/ and val/).
 *
 * @param displayName the folder name, in composed Unicode form
 * @param files its candidate samples, sorted by relative name
 */
public record ScannedClass(String displayName, List<ScannedFile> files) {

	public ScannedClass {
		files = List.copyOf(files);
	}
}
