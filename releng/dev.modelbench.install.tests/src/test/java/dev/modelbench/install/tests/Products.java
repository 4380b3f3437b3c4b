package dev.modelbench.install.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Where the build left the products and the update site, for the platform the tests run on. */
final class Products {

	private Products() {
	}

	static Path labImage() {
		return platformFolder("dev.modelbench.product").resolve("modelbench");
	}

	static Path barePlatform() {
		return platformFolder("dev.modelbench.platform");
	}

	static Path updateSite() {
		return Path.of(System.getProperty("modelbench.site"));
	}

	/** The root of the source checkout the products were built from. */
	static Path sourceRoot() {
		return Path.of(System.getProperty("modelbench.root"));
	}

	static Path javaHome() {
		return Path.of(System.getProperty("modelbench.java", System.getProperty("java.home")));
	}

	/**
	 * The headless command line of {@code environment}'s lab image, run here on Linux: Linux's
	 * and macOS's own modelbench script, and for Windows what modelbench.cmd runs. The other
	 * environments resolve their bundles as themselves through the launcher's -os, -ws and -arch.
	 */
	static List<String> commandLine(Environment environment, String... arguments) throws IOException {
		Path image = environment.labImage();
		List<String> command = new ArrayList<>();
		if (environment == Environment.WINDOWS) {
			command.addAll(List.of(javaHome().resolve("bin/java").toString(), "--enable-native-access=ALL-UNNAMED",
					"-Djava.awt.headless=true", "-jar", launcherJar(image).toString(), "-nosplash", "-application",
					"dev.modelbench.cli.app", "-data", "@noDefault"));
		} else {
			command.add(image.resolve("modelbench").toString());
		}
		if (environment != Environment.LINUX) {
			command.addAll(environment.launcherOptions());
		}
		command.addAll(List.of(arguments));
		return command;
	}

	/** The Equinox launcher jar of an installation: how a product starts without a native launcher. */
	static Path launcherJar(Path installation) throws IOException {
		try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IOException("no Equinox launcher in " + installation));
		}
	}

	private static Path platformFolder(String productUid) {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").replace("amd64", "x86_64");
		Path environment = os.contains("win") ? Path.of("win32", "win32", arch)
				: os.contains("mac") ? Path.of("macosx", "cocoa", arch) : Path.of("linux", "gtk", arch);
		return Path.of(System.getProperty("modelbench.products")).resolve(productUid).resolve(environment);
	}
}
