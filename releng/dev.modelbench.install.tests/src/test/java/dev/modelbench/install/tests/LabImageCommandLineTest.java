package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lab image's modelbench script, run as a lab machine or a script runs it. */
class LabImageCommandLineTest {

	@TempDir
	Path temp;

	/** On Linux, and each other environment's image run here as that environment (SWT is never loaded headless). */
	@ParameterizedTest
	@EnumSource(Environment.class)
	void quickstartMakesTrainsAndTriesAProjectFromTheShippedSample(Environment environment) throws Exception {
		Launch run = Launch.run(Products.commandLine(environment, "quickstart", "--workspace", temp.resolve("ws").toString()),
				temp);

		assertEquals(0, run.exitCode(), run.printed());
		assertTrue(run.out().matches("(?s).*zero\\s+zero\\s+21\\s+9\\s+30.*"), run.printed());
		assertTrue(Files.isRegularFile(temp.resolve("ws/quickstart/model.modelbench")), run.printed());
		// Trained with ONNX Runtime inside the installed image, then tried on validation samples.
		assertTrue(run.out().contains("epoch 20/20"), run.printed());
		assertTrue(Files.isRegularFile(temp.resolve("ws/quickstart/trained/model.mbmodel")), run.printed());
		assertTrue(run.out().matches("(?s).*data/zero/zero-\\d+\\.png\tzero\t[01]\\.\\d{4}\t.*"), run.printed());
	}

	@Test
	void importOfAFolderAndOfItsZipCreateTheSameProject() throws Exception {
		Path dataset = Datasets.classFolders(temp.resolve("pets"), 10, "cat", "dog", "hamster");
		Path zip = Datasets.zip(dataset, temp.resolve("pets.zip"), "pets/");
		String workspace = temp.resolve("ws").toString();

		Launch fromFolder = modelbench("import", dataset.toString(), "--project", "a", "--workspace", workspace);
		Launch fromZip = modelbench("import", zip.toString(), "--project", "b", "--workspace", workspace);
		Launch infoA = modelbench("info", "--project", "a", "--workspace", workspace);
		Launch infoB = modelbench("info", "--project", "b", "--workspace", workspace);

		assertEquals(0, fromFolder.exitCode(), fromFolder.printed());
		assertEquals(0, fromZip.exitCode(), fromZip.printed());
		assertEquals(0, infoA.exitCode(), infoA.printed());
		assertTrue(infoA.out().matches("(?s).*hamster\\s+hamster\\s+7\\s+3\\s+10.*"), infoA.printed());
		assertEquals(infoA.out().replace("\"a\"", "P"), infoB.out().replace("\"b\"", "P"));
		assertEquals(splitOf(temp.resolve("ws/a")), splitOf(temp.resolve("ws/b")));
	}

	@Test
	void anEscapingZipIsRefusedWithOneLineAndCreatesNothing() throws Exception {
		Path sample = Datasets.classFolders(temp.resolve("one"), 1, "x").resolve("x/x-00.png");
		Path zip = Datasets.zipWithEntry(temp.resolve("evil.zip"), "../evil/y.png", sample);
		Path workspace = temp.resolve("ws");

		Launch run = modelbench("import", zip.toString(), "--project", "evil", "--workspace", workspace.toString());

		assertEquals(1, run.exitCode(), run.printed());
		assertEquals(1, run.err().strip().lines().count(), run.printed());
		assertTrue(run.err().startsWith("modelbench: ") && run.err().contains("../evil/y.png"), run.printed());
		assertFalse(Files.exists(workspace.resolve("evil")), run.printed());
		assertFalse(Files.exists(temp.resolve("evil")), run.printed());
		Launch info = modelbench("info", "--project", "evil", "--workspace", workspace.toString());
		assertEquals(1, info.exitCode(), info.printed());
	}

	@Test
	void aWrongCommandLineExitsWithTwoAndSaysWhy() throws Exception {
		Launch run = modelbench("info", "--projcet", "x");

		assertEquals(2, run.exitCode(), run.printed());
		assertTrue(run.err().contains("unknown option --projcet"), run.printed());
	}

	/**
	 * As a lab's guest or a service account runs it: HOME names a folder that does not exist, and
	 * the installation is not theirs to write (run as root, as CI does, the test becomes nobody).
	 */
	@Test
	void aUserWithoutAHomeFolderCanStillRunTheCommandLine() throws Exception {
		Path shared = Files.createTempDirectory(Path.of("/tmp"), "modelbench-homeless-");
		try {
			Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
			String workspace = shared.resolve("ws").toString();
			List<String> asGuest = new ArrayList<>();
			if ("root".equals(System.getProperty("user.name"))) {
				asGuest.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
			}
			asGuest.add(Products.labImage().resolve("modelbench").toString());
			Map<String, String> homeless = Map.of("HOME", "/nonexistent", "XDG_CACHE_HOME", "", "TMPDIR", shared.toString());

			Launch help = Launch.run(concat(asGuest, "--help"), shared, homeless);
			Launch info = Launch.run(concat(asGuest, "info", "--project", "none", "--workspace", workspace), shared,
					homeless);
			Launch defaultWorkspace = Launch.run(concat(asGuest, "info", "--project", "none"), shared, homeless);

			assertEquals(0, help.exitCode(), help.printed());
			assertTrue(help.out().contains("quickstart"), help.printed());
			assertEquals(1, info.exitCode(), info.printed());
			assertTrue(info.err().startsWith("modelbench: there is no project \"none\""), info.printed());
			// The default workspace lies in the missing home: said in words, with the way out.
			assertEquals(1, defaultWorkspace.exitCode(), defaultWorkspace.printed());
			assertEquals(1, defaultWorkspace.err().strip().lines().count(), defaultWorkspace.printed());
			assertTrue(defaultWorkspace.err().contains("/nonexistent/modelbench-workspace")
					&& defaultWorkspace.err().contains("--workspace"), defaultWorkspace.printed());
		} finally {
			try (Stream<Path> all = Files.walk(shared)) {
				all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static List<String> concat(List<String> command, String... arguments) {
		List<String> all = new ArrayList<>(command);
		all.addAll(List.of(arguments));
		return all;
	}

	private Launch modelbench(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Products.labImage().resolve("modelbench").toString()));
		command.addAll(List.of(arguments));
		return Launch.run(command, temp);
	}

	/** The model file's sample lines, without the project's own name: what import decided. */
	private static List<String> splitOf(Path project) throws IOException {
		return Files.readAllLines(project.resolve("model.modelbench")).stream()
				.filter(line -> line.contains("path=") || line.contains("split=")).toList();
	}
}
