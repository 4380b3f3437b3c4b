package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's quick start (see the start script): after its first run it starts from a
 * configuration of its own without the workbench's bundles, and maps its classes from a
 * class-data-sharing archive. What it saves is timed in releng/benchmarks, not here.
 */
class LabImageStartUpTest {

	@TempDir
	Path temp;

	@Test
	void afterTheFirstRunVerbsStartWithoutTheWorkbenchAndFromAClassDataArchive() throws Exception {
		Path dataset = Datasets.classFolders(temp.resolve("pets"), 6, "cat", "dog");
		String workspace = temp.resolve("ws").toString();

		Launch first = modelbench(Map.of(), "import", dataset.toString(), "--project", "pets", "--workspace", workspace);
		assertEquals(0, first.exitCode(), first.printed());
		Path configuration = commandLineConfiguration();
		List<String> bundles = Files.readAllLines(configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertTrue(installs(bundles, "dev.modelbench.cli") && installs(bundles, "org.eclipse.core.resources")
				&& installs(bundles, "com.microsoft.onnxruntime") && installs(bundles, "org.apache.felix.scr"), bundles.toString());
		// SPI Fly comes along: TwelveMonkeys' ImageIO bundles require its service-loader registrar.
		assertFalse(installs(bundles, "org.eclipse.ui.workbench") || installs(bundles, "org.eclipse.swt")
				|| installs(bundles, "dev.modelbench.ui"), bundles.toString());

		// The first run from that configuration writes the verb's archive; the next one maps it.
		Launch archiving = modelbench(Map.of(), "info", "--project", "pets", "--workspace", workspace);
		assertEquals(0, archiving.exitCode(), archiving.printed());
		assertTrue(Files.size(configuration.resolve("info.jsa")) > 1_000_000, archiving.printed());
		Path classLog = temp.resolve("classes.log");
		Launch mapped = modelbench(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classLog), "info", "--project",
				"pets", "--workspace", workspace);

		assertEquals(0, mapped.exitCode(), mapped.printed());
		// Scripts read stdout: the same table as before, and nothing from the JVM's archive.
		assertEquals(archiving.out(), mapped.out());
		assertTrue(mapped.out().matches("(?s).*cat\\s+cat\\s+\\d+\\s+\\d+\\s+6.*"), mapped.printed());
		List<String> classes = Files.readAllLines(classLog);
		assertTrue(classes.stream().anyMatch(line -> line.contains("dev.modelbench.cli.InfoVerb source: shared objects file")),
				"the command line's classes come from the archive");
		// Only from the unsigned copy of the framework can the JVM archive Equinox's own classes.
		assertTrue(classes.stream().anyMatch(line -> line.contains("org.eclipse.core.runtime.adaptor.EclipseStarter source: shared objects file")),
				"the framework's classes come from the archive");
		assertTrue(Files.isRegularFile(configuration.resolve("launcher.jar")), "the unsigned launcher");
		assertTrue(classes.stream().filter(line -> line.contains("source: shared objects file (top)")).count() > 1000,
				"most bundle classes come from the archive");
		assertTrue(classes.stream().noneMatch(line -> line.contains("org.eclipse.ui.") || line.contains("org.eclipse.swt.")),
				"no workbench class is loaded");
	}

	/**
	 * JDK 25 does not write a broken archive again (it warns on stderr and runs without); the verb
	 * must still work and print what it always does.
	 */
	@Test
	void aBrokenArchiveLeavesTheVerbWorking() throws Exception {
		Path dataset = Datasets.classFolders(temp.resolve("pets"), 3, "cat", "dog");
		String workspace = temp.resolve("ws").toString();
		assertEquals(0, modelbench(Map.of(), "import", dataset.toString(), "--project", "pets", "--workspace", workspace).exitCode());
		Path archive = commandLineConfiguration().resolve("info.jsa");
		Files.writeString(archive, "not an archive");

		Launch run = modelbench(Map.of(), "info", "--project", "pets", "--workspace", workspace);

		assertEquals(0, run.exitCode(), run.printed());
		assertTrue(run.out().startsWith("Project \"pets\": image classification"), run.printed());
		assertTrue(run.out().matches("(?s).*dog\\s+dog\\s+\\d+\\s+\\d+\\s+3.*"), run.printed());
	}

	/**
	 * ONNX Runtime used to copy its 22 MB of native libraries into a new temporary folder at every
	 * start and left the folder behind (and the libraries too, when a run was killed). Now they are
	 * loaded from where the framework unpacked them once, from the image's configuration and from the
	 * command line's own alike.
	 */
	@Test
	void verbsLeaveNothingOfOnnxRuntimeInTheTemporaryFolder() throws Exception {
		Path scratch = Files.createDirectories(temp.resolve("tmp"));
		Map<String, String> privateTemporaryFolder = Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + scratch);
		String workspace = temp.resolve("ws").toString();

		// The first run starts from the image's configuration and trains; the next from the command line's.
		Launch quickstart = modelbench(privateTemporaryFolder, "quickstart", "--workspace", workspace);
		assertEquals(0, quickstart.exitCode(), quickstart.printed());
		assertEquals(List.of(), onnxRuntimeEntries(scratch), quickstart.printed());
		Path picture;
		try (Stream<Path> files = Files.walk(temp.resolve("ws/quickstart/data"))) {
			picture = files.filter(file -> file.toString().endsWith(".png")).findFirst().orElseThrow();
		}
		for (int run = 0; run < 2; run++) {
			Launch predict = modelbench(privateTemporaryFolder, "predict", "--project", "quickstart", "--workspace",
					workspace, picture.toString());
			assertEquals(0, predict.exitCode(), predict.printed());
			assertEquals(List.of(), onnxRuntimeEntries(scratch), predict.printed());
		}
		// The command line's configuration reads the bundles the image's configuration unpacked.
		assertEquals(1, unpackedOnnxRuntime(Products.labImage().resolve("configuration")) + unpackedOnnxRuntime(
				commandLineConfiguration()), "the libraries are unpacked once, in the framework's storage");
	}

	private static long unpackedOnnxRuntime(Path configuration) throws IOException {
		try (Stream<Path> files = Files.walk(configuration)) {
			return files.filter(file -> file.endsWith("libonnxruntime.so")).count();
		}
	}

	private static List<String> onnxRuntimeEntries(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(entry -> entry.getFileName().toString()).filter(name -> name.contains("onnxruntime")).toList();
		}
	}

	private static boolean installs(List<String> bundlesInfo, String symbolicName) {
		return bundlesInfo.stream().anyMatch(line -> line.startsWith(symbolicName + ","));
	}

	/** The one configuration area the start script made in the test's cache for the image. */
	private Path commandLineConfiguration() throws IOException {
		try (Stream<Path> areas = Files.list(temp.resolve("cache/modelbench/cli-configuration"))) {
			List<Path> all = areas.toList();
			assertEquals(1, all.size(), all.toString());
			return all.get(0);
		}
	}

	private Launch modelbench(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Products.labImage().resolve("modelbench").toString()));
		command.addAll(List.of(arguments));
		return Launch.run(command, temp, environment);
	}
}
