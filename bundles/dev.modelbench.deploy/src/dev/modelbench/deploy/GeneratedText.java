package dev.modelbench.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the files Model Bench generates for boards (sketches, C headers, Python programs, their
 * settings) the same on every computer: UTF-8 with LF line endings. arduino-cli's gcc and Python
 * read LF on Windows too, a program copied to a Linux board must not carry CRs, and one byte-for-byte
 * result on every OS keeps the generated code comparable.
 */
public final class GeneratedText {

	private GeneratedText() {
	}

	/** {@code text} with every CR LF and lone CR made LF. */
	public static String withLf(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n'); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes {@code text} to {@code file} as UTF-8 with LF line endings. */
	public static void write(Path file, String text) throws IOException {
		Files.writeString(file, withLf(text), StandardCharsets.UTF_8);
	}
}
