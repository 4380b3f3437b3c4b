package dev.modelbench.install.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The files of a downloaded lab image archive (zip or tar.gz) as a user unpacks them: their names,
 * Unix modes, and the contents of those outside plugins/ (scripts, configuration, Info.plist).
 */
final class ArchiveContents {

	/** One file of the archive; {@code content} is null for the bundles' jars, which are not kept. */
	record File(String name, int mode, byte[] content) {

		boolean executable() {
			return (mode & 0111) == 0111;
		}

		String text() {
			return new String(content, StandardCharsets.UTF_8);
		}
	}

	private final Map<String, File> files = new LinkedHashMap<>();

	private ArchiveContents() {
	}

	static ArchiveContents read(Path archive) throws IOException {
		ArchiveContents contents = new ArchiveContents();
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
				ArchiveInputStream<? extends ArchiveEntry> in = archive.toString().endsWith(".zip") ? new ZipArchiveInputStream(raw)
						: new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
			for (ArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				int mode = entry instanceof TarArchiveEntry tar ? tar.getMode() : ((ZipArchiveEntry) entry).getUnixMode();
				byte[] content = entry.getName().contains("/plugins/") ? null : in.readAllBytes();
				contents.files.put(entry.getName(), new File(entry.getName(), mode, content));
			}
		}
		return contents;
	}

	Optional<File> file(String name) {
		return Optional.ofNullable(files.get(name));
	}

	/** The names of the files whose name matches {@code pattern} in full. */
	List<String> names(Pattern pattern) {
		Predicate<String> matches = name -> pattern.matcher(name).matches();
		return files.keySet().stream().filter(matches).toList();
	}

	Set<String> names() {
		return files.keySet();
	}
}
