package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a program of the built products, with what it printed. */
record Launch(int exitCode, String out, String err) {

	private static final long TIMEOUT_SECONDS = 180;

	/** Runs {@code command} without a display, with the test's Java as JAVA_HOME. */
	static Launch run(List<String> command, Path workingDirectory) throws IOException, InterruptedException {
		return run(command, workingDirectory, Map.of());
	}

	/** Runs {@code command} like {@link #run(List, Path)}, with {@code extraEnvironment} added. */
	static Launch run(List<String> command, Path workingDirectory, Map<String, String> extraEnvironment)
			throws IOException, InterruptedException {
		Path outFile = Files.createTempFile("launch", ".out");
		Path errFile = Files.createTempFile("launch", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
					.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
			Map<String, String> environment = builder.environment();
			environment.remove("DISPLAY");
			environment.remove("WAYLAND_DISPLAY");
			environment.put("JAVA_HOME", Products.javaHome().toString());
			environment.put("XDG_CACHE_HOME", workingDirectory.resolve("cache").toString());
			environment.putAll(extraEnvironment);
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(command + " did not end within " + TIMEOUT_SECONDS + " s; it printed:\n" + Files.readString(outFile)
						+ Files.readString(errFile));
			}
			return new Launch(process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
					Files.readString(errFile, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(outFile);
			Files.deleteIfExists(errFile);
		}
	}

	/** For assertion messages. */
	String printed() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
