package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The update site installs into a bare Eclipse platform with the p2 director, and what it installs runs. */
class UpdateSiteInstallTest {

	@TempDir
	Path temp;

	/**
	 * Into each environment's bare platform: p2 resolves for the environment its profile was made
	 * for, so a requirement of anything Linux-only fails the Windows and macOS installs. What is
	 * installed then runs here as that environment.
	 */
	@ParameterizedTest
	@EnumSource(Environment.class)
	void theFeatureInstallsIntoABarePlatformWithTheDirectorAndRuns(Environment environment) throws Exception {
		Path platform = copy(environment.barePlatform(), temp.resolve("eclipse"));
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
		// Wrapped Maven jars import everything optionally, which p2 does not install: the MQTT
		// bundle requires its libraries by name so that they come along.
		for (String bundle : List.of("dev.modelbench.mqtt_", "org.eclipse.paho.client.mqttv3_", "io.moquette.broker_",
				"io.netty.codec-mqtt_", "io.netty.transport_", "slf4j.api_", "slf4j.jdk14_")) {
			assertTrue(hasFile(platform.resolve("plugins"), bundle), bundle + " was not installed");
		}
		try (Stream<Path> plugins = Files.list(platform.resolve("plugins"))) {
			List<String> foreign = plugins.map(p -> p.getFileName().toString()).filter(environment::isOtherEnvironmentsBundle).toList();
			assertEquals(List.of(), foreign, "installed for another environment than " + environment);
		}

		List<String> command = new ArrayList<>(List.of(java, "-jar", launcher, "-nosplash", "-application",
				"dev.modelbench.cli.app", "-data", "@noDefault"));
		command.addAll(environment.launcherOptions());
		command.addAll(List.of("quickstart", "--workspace", temp.resolve("ws").toString()));
		Launch run = Launch.run(command, temp);

		assertEquals(0, run.exitCode(), run.printed());
		assertTrue(run.out().contains("seven"), run.printed());
	}

	@Test
	void theSiteHoldsTheFeatureAndEveryBundleItLists() throws Exception {
		Path site = Products.updateSite();
		String feature = Files.readString(Products.sourceRoot().resolve("features/dev.modelbench.feature/feature.xml"));
		List<String> bundles = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"").matcher(feature).results()
				.map(match -> match.group(1)).toList();

		assertTrue(bundles.containsAll(List.of("dev.modelbench.core", "dev.modelbench.cli", "dev.modelbench.ui")), bundles.toString());
		assertTrue(hasFile(site.resolve("features"), "dev.modelbench.feature_"));
		for (String bundle : bundles) {
			assertTrue(hasFile(site.resolve("plugins"), bundle + "_"), bundle + " is missing from the update site");
		}
		try (ZipFile content = new ZipFile(site.resolve("content.jar").toFile())) {
			String metadata = new String(content.getInputStream(content.getEntry("content.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			// A category is a unit marked as one; its name is one of its properties.
			boolean category = Pattern.compile("(?s)<unit .*?</unit>").matcher(metadata).results().map(unit -> unit.group())
					.anyMatch(unit -> unit.contains("org.eclipse.equinox.p2.type.category' value='true'")
							&& unit.contains("org.eclipse.equinox.p2.name' value='Model Bench'"));
			assertTrue(category, "the site has no category named Model Bench");
		}
	}

	private static boolean hasFile(Path folder, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
		}
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
