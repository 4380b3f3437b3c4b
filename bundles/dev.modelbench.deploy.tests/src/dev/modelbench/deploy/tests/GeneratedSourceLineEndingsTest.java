package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.sketch.GeneratedSketch;

/**
 * Generated sketches are LF-only UTF-8 on every computer, whatever line endings went into the text
 * (a {@code %n} or {@code System.lineSeparator()} gives CR LF on Windows): gcc, arduino-cli and the
 * Arduino IDE read LF everywhere, and the same model gives the same bytes on every OS.
 */
class GeneratedSourceLineEndingsTest {

	@TempDir
	Path folder;

	@Test
	void sketchFilesAreWrittenWithLfWhateverLineEndingsTheTextHad() throws Exception {
		GeneratedSketch sketch = new GeneratedSketch("Reactor", "// Käfer 猫\r\nvoid setup() {\r\n}\rvoid loop() {}\n",
				Set.of(), Map.of("model.h", "#pragma once\r\nstatic const int mb_classes = 2;\r\n"));

		Path written = sketch.writeTo(folder);

		assertEquals("// Käfer 猫\nvoid setup() {\n}\nvoid loop() {}\n",
				Files.readString(written.resolve("Reactor.ino"), StandardCharsets.UTF_8));
		assertEquals("#pragma once\nstatic const int mb_classes = 2;\n",
				Files.readString(written.resolve("model.h"), StandardCharsets.UTF_8));
	}
}
