package dev.modelbench.deploy.sketch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.ToolMissingException;
import dev.modelbench.deploy.internal.Messages;

/**
 * Compiles sketches with the Arduino tools found on this computer: {@code arduino-cli} (any board
 * whose core is installed) or else Debian's {@code arduino-builder} with its AVR core.
 */
public final class SketchCompiler {

	/**
	 * A compiled sketch.
	 *
	 * @param hex    the Intel HEX (AVR) or .bin (ESP32, RP2040) image
	 * @param output what the compiler said
	 */
	public record Compiled(Path hex, String output) {
	}

	/** Debian's arduino-core-avr and arduino-builder. */
	static final Path DEBIAN_HARDWARE = Paths.get("/usr/share/arduino/hardware"); //$NON-NLS-1$
	static final Path DEBIAN_BUILDER = Paths.get("/usr/share/arduino-builder"); //$NON-NLS-1$

	private static final long TIMEOUT_SECONDS = 300;

	private final ArduinoCli arduinoCli;
	private final Path arduinoBuilder;
	private final Path dataFolder;

	private SketchCompiler(ArduinoCli arduinoCli, Path arduinoBuilder, Path dataFolder) {
		this.arduinoCli = arduinoCli;
		this.arduinoBuilder = arduinoBuilder;
		this.dataFolder = dataFolder;
	}

	/**
	 * The compiler this computer has.
	 *
	 * @throws ToolMissingException naming what to install when there is none
	 */
	public static SketchCompiler find() throws ToolMissingException {
		Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		Path root = home.getRoot() != null ? home.getRoot() : Path.of("/"); //$NON-NLS-1$
		return find(Host.current().os(), System.getenv(), home, root);
	}

	/**
	 * The compiler a computer with this system, environment, home and root has: arduino-cli (on the
	 * PATH or Arduino IDE 2's), or on Linux Debian's arduino-builder with its AVR core.
	 *
	 * @throws ToolMissingException naming what to install when there is none
	 */
	public static SketchCompiler find(Host.Os os, Map<String, String> environment, Path home, Path root)
			throws ToolMissingException {
		Optional<ArduinoCli> cli = ArduinoCli.find(os, environment, home, root);
		Path dataFolder = ArduinoCli.dataFolder(os, environment, home);
		if (cli.isPresent()) {
			return new SketchCompiler(cli.get(), null, dataFolder);
		}
		Optional<Path> builder = os == Host.Os.LINUX ? ArduinoCli.onPath(os, environment, "arduino-builder") //$NON-NLS-1$
				: Optional.empty();
		if (builder.isEmpty() || !Files.isDirectory(DEBIAN_HARDWARE.resolve("arduino/avr"))) { //$NON-NLS-1$
			throw new ToolMissingException(Messages.Compiler_missing);
		}
		return new SketchCompiler(null, builder.get(), dataFolder);
	}

	/** Which program compiles: {@code arduino-cli} (a path) or {@code arduino-builder}. */
	public String tool() {
		return arduinoCli != null ? arduinoCli.executable().toString() : arduinoBuilder.toString();
	}

	/**
	 * Compiles the sketch in {@code sketchFolder} for the board {@code fqbn} into {@code buildFolder}.
	 *
	 * @throws ToolMissingException when the board's core or a library the sketch includes is not installed
	 * @throws DeployException      when the compiler fails, with its messages
	 */
	public Compiled compile(Path sketchFolder, String fqbn, Path buildFolder, IProgressMonitor monitor)
			throws DeployException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Compiler_task, fqbn), 1);
		String name = sketchFolder.getFileName().toString();
		Path ino = sketchFolder.resolve(name + ".ino"); //$NON-NLS-1$
		List<String> command = new ArrayList<>();
		if (arduinoCli != null) {
			command.addAll(arduinoCli.command(List.of("compile", "--fqbn", fqbn, "--build-path", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					buildFolder.toString(), sketchFolder.toString())));
		} else {
			if (!fqbn.startsWith("arduino:avr:")) { //$NON-NLS-1$
				throw new ToolMissingException(NLS.bind(Messages.Compiler_noCore, fqbn));
			}
			command.addAll(List.of(arduinoBuilder.toString(), "-compile", //$NON-NLS-1$
					"-hardware", DEBIAN_HARDWARE.toString(), "-hardware", DEBIAN_BUILDER.toString(), //$NON-NLS-1$ //$NON-NLS-2$
					"-tools", DEBIAN_BUILDER.toString(), "-fqbn", fqbn, "-build-path", buildFolder.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					// Debian's avr-libc lacks DECIMAL_DIG, which the core's Print.cpp of this release wants.
					"-prefs=compiler.cpp.extra_flags=-DDECIMAL_DIG=9", ino.toString())); //$NON-NLS-1$
		}
		String output;
		int exit;
		try {
			Files.createDirectories(buildFolder);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			StringBuilder said = new StringBuilder();
			Thread reader = Thread.ofVirtual().start(() -> {
				try {
					said.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				} catch (IOException e) {
					// the process was stopped
				}
			});
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
				if (progress.isCanceled() || System.nanoTime() > deadline) {
					process.destroyForcibly();
					throw new OperationCanceledException();
				}
			}
			reader.join();
			output = said.toString();
			exit = process.exitValue();
		} catch (IOException e) {
			throw new ToolMissingException(NLS.bind(Messages.Compiler_cannotRun, command.getFirst(), e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		if (exit != 0) {
			String missing = missingHeader(output);
			if (missing != null) {
				throw new ToolMissingException(NLS.bind(Messages.Compiler_missingLibrary, missing, libraryOf(missing)));
			}
			if (arduinoCli != null && arduinoCli.configFile().isEmpty() && Files.isDirectory(dataFolder)
					&& !ArduinoCli.hasPlatform(dataFolder, fqbn)) {
				throw new ToolMissingException(NLS.bind(Messages.Compiler_platformMissing, platformOf(fqbn)));
			}
			throw new DeployException(NLS.bind(Messages.Compiler_failed, fqbn, tail(output)));
		}
		progress.worked(1);
		for (String extension : List.of(".ino.hex", ".ino.bin", ".ino.uf2")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path image = buildFolder.resolve(name + extension);
			if (Files.isRegularFile(image)) {
				return new Compiled(image, output);
			}
		}
		throw new DeployException(NLS.bind(Messages.Compiler_noImage, buildFolder));
	}

	/** The header of a library that is not installed, from gcc's "fatal error: X.h: No such file". */
	static String missingHeader(String output) {
		for (String line : output.split("\n")) { //$NON-NLS-1$
			int at = line.indexOf(": No such file or directory"); //$NON-NLS-1$
			int error = line.indexOf("fatal error: "); //$NON-NLS-1$
			if (at > 0 && error >= 0 && error < at) {
				return line.substring(error + "fatal error: ".length(), at).strip(); //$NON-NLS-1$
			}
		}
		return null;
	}

	/** The Library Manager name that provides a header Model Bench's sketches include. */
	static String libraryOf(String header) {
		return switch (header) {
		case "Adafruit_NeoPixel.h" -> ResultReactorSketch.NEOPIXEL_LIBRARY; //$NON-NLS-1$
		case "PubSubClient.h" -> ResultReactorSketch.MQTT_LIBRARY; //$NON-NLS-1$
		default -> header.endsWith(".h") ? header.substring(0, header.length() - 2) : header; //$NON-NLS-1$
		};
	}

	private static String tail(String output) {
		String[] lines = output.strip().split("\n"); //$NON-NLS-1$
		int from = Math.max(0, lines.length - 12);
		return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length)); //$NON-NLS-1$
	}

	/** {@code vendor:architecture}, the board package an FQBN belongs to. */
	static String platformOf(String fqbn) {
		String[] parts = fqbn.split(":"); //$NON-NLS-1$
		return parts.length >= 2 ? parts[0] + ':' + parts[1] : fqbn;
	}
}
