package dev.modelbench.install.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
