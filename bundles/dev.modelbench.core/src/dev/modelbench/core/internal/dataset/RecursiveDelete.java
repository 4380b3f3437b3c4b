package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes scratch folders (extracted zips, staging) that only the importer ever wrote to. */
final class RecursiveDelete {

	private RecursiveDelete() {
	}

	/**
	 * Deletes {@code root} and everything in it, as far as possible. Failing to remove scratch
	 * files must not hide the outcome of the import, so errors are swallowed.
	 */
	static void quietly(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		} catch (IOException | RuntimeException e) {
			return;
		}
		for (Path path : paths) {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				// see method comment
			}
		}
	}
}
