package dev.modelbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * The OSGi configuration area the command line starts from after its first run: the image's own
 * configuration with only the bundles the command line is wired to. The image holds the whole IDE
 * (about 170 bundles); starting all of them, with SPI Fly scanning them and Declarative Services
 * reading the workbench's components, was most of a verb's start-up. The bundles come from the
 * runtime's own wiring, so a new dependency of the command line is picked up on its own.
 * <p>
 * The start script asks for it with {@value #PROPERTY} on a run from the full configuration and
 * uses it from then on (see releng/dev.modelbench.platform.feature/rootfiles/modelbench).
 */
final class CommandLineConfiguration {

	/** System property: the folder to write the command line's configuration area into, if absent. */
	static final String PROPERTY = "modelbench.cli.configuration"; //$NON-NLS-1$

	static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info"; //$NON-NLS-1$
	static final String CONFIG_INI = "config.ini"; //$NON-NLS-1$
	/** The launcher's unsigned copy, which the start script starts from when it is there. */
	static final String LAUNCHER_JAR = "launcher.jar"; //$NON-NLS-1$
	private static final String FRAMEWORK_JAR = "org.eclipse.osgi.jar"; //$NON-NLS-1$
	private static final String FRAMEWORK_PROPERTY = "osgi.framework"; //$NON-NLS-1$
	private static final String LAUNCHER_PREFIX = "org.eclipse.equinox.launcher_"; //$NON-NLS-1$

	/**
	 * Bundles nothing requires by name that the command line still needs: Declarative Services
	 * (content types and preferences are components) and the configurator that installs the rest.
	 */
	private static final List<String> ALSO_STARTED = List.of("org.apache.felix.scr", //$NON-NLS-1$
			"org.eclipse.equinox.simpleconfigurator"); //$NON-NLS-1$

	/** The OSGi extender namespace (org.osgi.namespace.extender, which the framework does not export). */
	private static final String EXTENDER_NAMESPACE = "osgi.extender"; //$NON-NLS-1$

	private CommandLineConfiguration() {
	}

	/** Writes the configuration area if {@value #PROPERTY} names one that does not exist yet. */
	static void writeIfRequested(Path installConfiguration) throws IOException {
		String target = System.getProperty(PROPERTY);
		if (target != null && !target.isBlank() && !Files.exists(Path.of(target, CONFIG_INI))) {
			write(installConfiguration, bundleNames(), Path.of(target));
		}
	}

	/**
	 * Writes {@code target}: the config.ini of {@code installConfiguration} without its product, its
	 * bundles.info with only the lines of {@code bundles} (symbolic names), and unsigned copies of the
	 * framework and the launcher. Written beside the
	 * target and moved into place, so a run started meanwhile sees all of it or none.
	 */
	static void write(Path installConfiguration, Set<String> bundles, Path target) throws IOException {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(installConfiguration.resolve(CONFIG_INI))) {
			config.load(in);
		}
		// The product (the IDE's branding) lives in a UI bundle that is not there.
		config.remove("eclipse.product"); //$NON-NLS-1$
		List<String> lines;
		try (Stream<String> all = Files.lines(installConfiguration.resolve(BUNDLES_INFO))) {
			lines = all.filter(line -> line.startsWith("#") || bundles.contains(line.substring(0, Math.max(0, line.indexOf(','))))) //$NON-NLS-1$
					.toList();
		}
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempDirectory(target.getParent(), target.getFileName() + ".new"); //$NON-NLS-1$
		try {
			unsignedFrameworkAndLauncher(installConfiguration.getParent(), config, temporary, target);
			Path bundlesInfo = temporary.resolve(BUNDLES_INFO);
			Files.createDirectories(bundlesInfo.getParent());
			Files.write(bundlesInfo, lines);
			try (OutputStream out = Files.newOutputStream(temporary.resolve(CONFIG_INI))) {
				config.store(out, "Model Bench command line: the image's configuration with only the bundles it needs"); //$NON-NLS-1$
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
			// Another run wrote it first; theirs is the same.
		} finally {
			deleteTree(temporary);
		}
	}

	/**
	 * Copies the framework and the launcher without their signatures into {@code temporary} (see
	 * {@link UnsignedJarCopy}), and points {@code config} at the framework's copy in {@code target};
	 * the bundles it names relative to the framework's folder are named by their full paths.
	 */
	private static void unsignedFrameworkAndLauncher(Path install, Properties config, Path temporary, Path target)
			throws IOException {
		Path plugins = install.resolve("plugins"); //$NON-NLS-1$
		String framework = config.getProperty(FRAMEWORK_PROPERTY, ""); //$NON-NLS-1$
		Path frameworkJar = install.resolve(framework.startsWith("file:") ? framework.substring(5) : framework); //$NON-NLS-1$
		try (Stream<Path> jars = Files.list(plugins)) {
			Path launcher = jars.filter(jar -> jar.getFileName().toString().startsWith(LAUNCHER_PREFIX)
					&& jar.getFileName().toString().endsWith(".jar")).findFirst() //$NON-NLS-1$
					.orElseThrow(() -> new IOException("no Equinox launcher in " + plugins)); //$NON-NLS-1$
			UnsignedJarCopy.write(launcher, temporary.resolve(LAUNCHER_JAR));
		}
		UnsignedJarCopy.write(frameworkJar, temporary.resolve(FRAMEWORK_JAR));
		config.setProperty(FRAMEWORK_PROPERTY, target.resolve(FRAMEWORK_JAR).toUri().toString());
		for (String property : List.of("osgi.bundles", "osgi.framework.extensions")) { //$NON-NLS-1$ //$NON-NLS-2$
			String value = config.getProperty(property);
			if (value != null) {
				config.setProperty(property, value.replace("reference:file:", "reference:" + plugins.toUri())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * The symbolic names of the bundles the command line runs on: those its bundle and
	 * {@link #ALSO_STARTED} are wired to, transitively, and the fragments attached to them.
	 */
	static Set<String> bundleNames() {
		Deque<Bundle> todo = new ArrayDeque<>(List.of(FrameworkUtil.getBundle(CommandLineConfiguration.class)));
		for (String name : ALSO_STARTED) {
			Bundle bundle = Platform.getBundle(name);
			if (bundle != null) {
				todo.add(bundle);
			}
		}
		Set<Bundle> seen = new LinkedHashSet<>();
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (!seen.add(bundle) || wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				if (!isOptionalExtender(wire)) {
					todo.add(wire.getProvider().getBundle());
				}
			}
			for (BundleWire fragment : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				todo.add(fragment.getRequirer().getBundle());
			}
		}
		Set<String> names = new LinkedHashSet<>();
		seen.forEach(bundle -> names.add(bundle.getSymbolicName()));
		return names;
	}

	/**
	 * An extender a bundle can do without, such as SPI Fly for commons-logging: an extender scans
	 * every bundle as it starts (SPI Fly was a sixth of a start), and none that the command line
	 * uses needs one.
	 */
	private static boolean isOptionalExtender(BundleWire wire) {
		Requirement requirement = wire.getRequirement();
		return EXTENDER_NAMESPACE.equals(requirement.getNamespace()) && Namespace.RESOLUTION_OPTIONAL
				.equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
