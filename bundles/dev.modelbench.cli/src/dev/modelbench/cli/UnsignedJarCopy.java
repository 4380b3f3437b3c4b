package dev.modelbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * A copy of a signed jar without its signature. The JDK checks the signature of a jar on its class
 * path at every start (about 0.3 s of CPU for Equinox's launcher and framework) and keeps the
 * classes of signed jars out of a class-data-sharing archive; Equinox loads its bundles itself
 * and checks no signature, so for the command line's start only these two jars are worth copying.
 */
final class UnsignedJarCopy {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private UnsignedJarCopy() {
	}

	/** Writes {@code copy}: {@code signed}'s entries and main manifest attributes, no signature files or digests. */
	static void write(Path signed, Path copy) throws IOException {
		try (JarFile in = new JarFile(signed.toFile(), false)) {
			Manifest manifest = new Manifest(in.getManifest());
			manifest.getEntries().clear();
			try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(entry.getName()).matches()) {
						continue;
					}
					JarEntry copied = new JarEntry(entry.getName());
					copied.setTime(entry.getTime());
					out.putNextEntry(copied);
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}
}
