package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * The contents of the samples each category of a project already has, so that importing the same
 * files again leaves them out instead of doubling them (which would also put copies of a training
 * sample into validation). Compared by SHA-256, read only for categories the import adds to.
 */
final class KnownContents {

	private final Path projectFolder;
	private final Map<Category, Set<String>> byCategory = new HashMap<>();

	KnownContents(Path projectFolder) {
		this.projectFolder = projectFolder;
	}

	/** Whether {@code category} already has a sample with exactly the content of {@code file}. */
	boolean has(Category category, Path file) throws IOException {
		Set<String> known = byCategory.get(category);
		if (known == null) {
			known = new HashSet<>();
			for (Sample sample : category.getSamples()) {
				Path existing = sample.getPath() == null ? null : ProjectLayout.sampleFile(projectFolder, sample.getPath());
				if (existing != null && Files.isRegularFile(existing)) {
					known.add(digest(existing));
				}
			}
			byCategory.put(category, known);
		}
		return !known.isEmpty() && known.contains(digest(file));
	}

	private static String digest(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java has SHA-256
		}
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
