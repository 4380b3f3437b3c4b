package dev.modelbench.train.tests.onnx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.onnx.OnnxSessions;

/**
 * ONNX Runtime loads its native libraries from where the OSGi framework keeps them unpacked, not
 * from a copy in a new temporary folder per run (which stayed behind). That a whole run of the
 * command line leaves nothing in the temporary folder is LabImageStartUpTest's.
 */
class OnnxNativeLibrariesTest {

	@Test
	void onnxRuntimeLoadsItsLibrariesFromTheBundleStorageNotFromATemporaryCopy() throws Exception {
		OnnxSessions.environment();

		String property = System.getProperty("onnxruntime.native.path");
		assertNotNull(property, "onnxruntime.native.path is set before ONNX Runtime's first use");
		Path folder = Path.of(property).toRealPath();
		Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
		assertTrue(Files.isRegularFile(library), library.toString());
		// The framework's own storage, which lives as long as the installation, wherever that is (a
		// build in the temporary folder included); not a per-run folder of ONNX Runtime's.
		Path configuration = Path.of(new URI(System.getProperty("osgi.configuration.area").replace(" ", "%20")))
				.toRealPath();
		assertTrue(folder.startsWith(configuration), folder + " is in " + configuration);
		assertFalse(folder.getFileName().toString().startsWith("onnxruntime-java"), folder.toString());

		// The process's memory map names the files its libraries were loaded from (the tests run on Linux).
		List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.contains("onnxruntime")).toList();
		assertTrue(mapped.stream().anyMatch(line -> line.endsWith(" " + library)), mapped.toString());
		assertTrue(mapped.stream().noneMatch(line -> line.contains("onnxruntime-java")), mapped.toString());
	}
}
