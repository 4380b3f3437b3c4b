package dev.modelbench.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Puts a model file's bytes on disk. {@link AtomicFileWriter} is the one to use; the interface
 * exists so tests can inject failures into a real save.
 */
@FunctionalInterface
public interface ModelFileWriter {

	/** Writes {@code content} to {@code target}, replacing it. */
	void write(Path target, ContentSource content) throws IOException;

	/** Produces the bytes of a file. */
	@FunctionalInterface
	interface ContentSource {

		void writeTo(OutputStream out) throws IOException;
	}
}
