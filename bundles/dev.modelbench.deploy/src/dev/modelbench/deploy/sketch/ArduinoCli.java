package dev.modelbench.deploy.sketch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.modelbench.core.host.Host;

/**
 * Where {@code arduino-cli} is on a computer: on the PATH, or inside Arduino IDE 2, which ships one
 * (the usual case in a classroom: the IDE is installed, the command line is not). The IDE's copy
 * runs with the IDE's own settings, so it sees the boards and libraries installed through the IDE.
 *
 * @param executable the program
 * @param configFile the settings to run it with ({@code --config-file}); empty for its defaults
 */
public record ArduinoCli(Path executable, Optional<Path> configFile) {

	/** Where Arduino IDE 2 keeps its copy inside its Electron application folder. */
	private static final List<String> IN_APP = List.of("lib", "backend", "resources"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String IDE_FOLDER = "Arduino IDE"; //$NON-NLS-1$
	private static final String MAC_APP = "Arduino IDE.app"; //$NON-NLS-1$

	/**
	 * The arduino-cli of a computer: the PATH's first, else Arduino IDE 2's (Windows: per user under
	 * {@code %LOCALAPPDATA%\Programs\Arduino IDE}, for all users under {@code %ProgramFiles%};
	 * macOS: {@code /Applications/Arduino IDE.app}, or the user's own Applications folder).
	 *
	 * @param os          the operating system, which decides the places and the program's name
	 * @param environment the environment variables (PATH, LOCALAPPDATA, ProgramFiles)
	 * @param home        the user's home folder
	 * @param root        the file system's root ({@code /}), under which a Mac has /Applications
	 */
	public static Optional<ArduinoCli> find(Host.Os os, Map<String, String> environment, Path home, Path root) {
		String program = os == Host.Os.WINDOWS ? "arduino-cli.exe" : "arduino-cli"; //$NON-NLS-1$ //$NON-NLS-2$
		Optional<Path> onPath = onPath(os, environment, program);
		if (onPath.isPresent()) {
			return Optional.of(new ArduinoCli(onPath.get(), Optional.empty()));
		}
		for (Path app : ideAppFolders(os, environment, home, root)) {
			Path bundled = inside(app, IN_APP).resolve(program);
			if (isProgram(bundled)) {
				Path ideSettings = home.resolve(".arduinoIDE").resolve("arduino-cli.yaml"); //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.of(new ArduinoCli(bundled,
						Files.isRegularFile(ideSettings) ? Optional.of(ideSettings) : Optional.empty()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where arduino-cli and the Arduino IDE install board packages ("Arduino15"): the folder
	 * {@code ARDUINO_DIRECTORIES_DATA} names, else {@code %LOCALAPPDATA%\Arduino15},
	 * {@code ~/Library/Arduino15} or {@code ~/.arduino15}.
	 */
	public static Path dataFolder(Host.Os os, Map<String, String> environment, Path home) {
		String configured = variable(environment, "ARDUINO_DIRECTORIES_DATA"); //$NON-NLS-1$
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return switch (os) {
		case WINDOWS -> localAppData(environment, home).resolve("Arduino15"); //$NON-NLS-1$
		case MACOS -> home.resolve("Library").resolve("Arduino15"); //$NON-NLS-1$ //$NON-NLS-2$
		default -> home.resolve(".arduino15"); //$NON-NLS-1$
		};
	}

	/**
	 * Whether the board package of {@code fqbn} ({@code vendor:architecture:board}) is installed in
	 * {@code dataFolder}, where the Boards Manager puts it.
	 */
	public static boolean hasPlatform(Path dataFolder, String fqbn) {
		String[] parts = fqbn.split(":"); //$NON-NLS-1$
		return parts.length >= 2
				&& Files.isDirectory(dataFolder.resolve("packages").resolve(parts[0]).resolve("hardware").resolve(parts[1])); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The command that runs this arduino-cli with {@code arguments}. */
	public List<String> command(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(arguments);
		configFile.ifPresent(file -> command.addAll(List.of("--config-file", file.toString()))); //$NON-NLS-1$
		return command;
	}

	static Optional<Path> onPath(Host.Os os, Map<String, String> environment, String program) {
		String path = variable(environment, "PATH"); //$NON-NLS-1$
		if (path == null) {
			return Optional.empty();
		}
		// The OS's separator, not this JVM's: the environment may be another system's.
		for (String folder : path.split(os == Host.Os.WINDOWS ? ";" : ":")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!folder.isBlank()) {
				Path candidate = Path.of(folder.strip()).resolve(program);
				if (isProgram(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** The IDE's Electron "app" folders where it installs: {@code <IDE>\resources\app}, {@code <IDE>.app/Contents/Resources/app}. */
	private static List<Path> ideAppFolders(Host.Os os, Map<String, String> environment, Path home, Path root) {
		List<Path> folders = new ArrayList<>();
		switch (os) {
		case WINDOWS -> {
			List<Path> installs = new ArrayList<>(List.of(localAppData(environment, home).resolve("Programs"))); //$NON-NLS-1$
			String programFiles = variable(environment, "ProgramFiles"); //$NON-NLS-1$
			if (programFiles != null) {
				installs.add(Path.of(programFiles));
			}
			for (Path install : installs) {
				folders.add(inside(install, List.of(IDE_FOLDER, "resources", "app"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		case MACOS -> {
			for (Path applications : List.of(root.resolve("Applications"), home.resolve("Applications"))) { //$NON-NLS-1$ //$NON-NLS-2$
				folders.add(inside(applications, List.of(MAC_APP, "Contents", "Resources", "app"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		default -> {
			// Linux: the IDE is an AppImage, whose programs are not on disk; arduino-cli is on the PATH.
		}
		}
		return folders;
	}

	private static Path localAppData(Map<String, String> environment, Path home) {
		String localAppData = variable(environment, "LOCALAPPDATA"); //$NON-NLS-1$
		return localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path inside(Path folder, List<String> segments) {
		Path path = folder;
		for (String segment : segments) {
			path = path.resolve(segment);
		}
		return path;
	}

	/** Windows spells variables in any case (Path, PATH); the first match wins as there. */
	private static String variable(Map<String, String> environment, String name) {
		String value = environment.get(name);
		if (value != null) {
			return value;
		}
		for (Map.Entry<String, String> entry : environment.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static boolean isProgram(Path candidate) {
		return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
	}
}
