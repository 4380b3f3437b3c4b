package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update site installs into a bare Eclipse platform with the p2 director, and what it installs runs. */
class UpdateSiteInstallTest {

	@TempDir
	Path temp;

	@Test
	void theFeatureInstallsIntoABarePlatformWithTheDirectorAndRuns() throws Exception {
		Path platform = copy(Products.barePlatform(), temp.resolve("eclipse"));
		assertFalse(hasModelBench(platform), "the bare platform must not hold Model Bench yet");
		String launcher = Products.launcherJar(platform).toString();
		String java = Products.javaHome().resolve("bin/java").toString();

		Launch install = Launch.run(List.of(java, "-jar", launcher, "-nosplash", "-consoleLog",
				"-application", "org.eclipse.equinox.p2.director",
				"-repository", Products.updateSite().toUri().toString(),
				"-installIU", "dev.modelbench.feature.feature.group",
				"-destination", platform.toString(), "-profile", "DefaultProfile"), temp);

		assertEquals(0, install.exitCode(), install.printed());
		assertTrue(install.out().contains("Operation completed"), install.printed());
		assertTrue(hasModelBench(platform));

		Launch run = Launch.run(List.of(java, "--add-opens=java.base/java.lang=ALL-UNNAMED", "-jar", launcher,
				"-nosplash", "-application", "dev.modelbench.cli.app", "-data", "@noDefault",
				"quickstart", "--workspace", temp.resolve("ws").toString()), temp);

		assertEquals(0, run.exitCode(), run.printed());
		assertTrue(run.out().contains("seven"), run.printed());
	}

	private static boolean hasModelBench(Path platform) throws IOException {
		try (Stream<Path> plugins = Files.list(platform.resolve("plugins"))) {
			return plugins.anyMatch(p -> p.getFileName().toString().startsWith("dev.modelbench.cli_"));
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return to;
	}
}
