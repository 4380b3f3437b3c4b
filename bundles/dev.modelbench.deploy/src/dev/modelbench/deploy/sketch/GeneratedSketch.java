package dev.modelbench.deploy.sketch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import dev.modelbench.deploy.GeneratedText;

/**
 * An Arduino sketch made by Model Bench.
 *
 * @param name      the sketch's name, also its folder's and its .ino file's
 * @param source    the .ino file's text
 * @param libraries the Arduino libraries it includes beyond the board's core, by their Library Manager names
 * @param files     further files of the sketch (C sources and headers) by name, compiled with it
 */
public record GeneratedSketch(String name, String source, Set<String> libraries, Map<String, String> files) {

	public GeneratedSketch {
		files = Map.copyOf(files);
	}

	/** A sketch that is one .ino file. */
	public GeneratedSketch(String name, String source, Set<String> libraries) {
		this(name, source, libraries, Map.of());
	}

	/** Writes {@code <folder>/<name>/<name>.ino} and the further files beside it, with LF line endings; returns the sketch folder. */
	public Path writeTo(Path folder) throws IOException {
		Path sketch = folder.resolve(name);
		Files.createDirectories(sketch);
		GeneratedText.write(sketch.resolve(name + ".ino"), source); //$NON-NLS-1$
		for (Map.Entry<String, String> file : files.entrySet()) {
			GeneratedText.write(sketch.resolve(file.getKey()), file.getValue());
		}
		return sketch;
	}
}
