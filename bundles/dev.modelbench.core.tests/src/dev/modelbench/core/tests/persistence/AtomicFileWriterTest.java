package dev.modelbench.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.tests.fixtures.FailingOutputStream;

class AtomicFileWriterTest {

	@TempDir
	Path folder;

	@Test
	void writeReplacesTheWholeFile() throws IOException {
		Path file = Files.writeString(folder.resolve("a.txt"), "old content that is longer");

		new AtomicFileWriter().write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

		assertEquals("new", Files.readString(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void writeCreatesAMissingFile() throws IOException {
		Path file = folder.resolve("new.txt");

		new AtomicFileWriter().write(file, out -> out.write(1));

		assertArrayEquals(new byte[] { 1 }, Files.readAllBytes(file));
	}

	@Test
	void failureHalfWayKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
		Path file = Files.writeString(folder.resolve("model.modelbench"), "precious");

		assertThrows(IOException.class, () -> new AtomicFileWriter().write(file, out -> {
			FailingOutputStream failing = new FailingOutputStream(out, 10);
			failing.write(new byte[100_000]);
		}));

		assertEquals("precious", Files.readString(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.toList();
		}
	}
}
