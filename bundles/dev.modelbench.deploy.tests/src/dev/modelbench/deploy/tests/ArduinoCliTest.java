package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.ToolMissingException;
import dev.modelbench.deploy.sketch.ArduinoCli;
import dev.modelbench.deploy.sketch.SketchCompiler;

/**
 * arduino-cli found where it installs on each system, in fake folders laid out as on Windows, a Mac
 * and Linux. The places follow Arduino IDE 2's packaging (its backend's resources folder inside the
 * Electron app) and arduino-cli's documented default data folders.
 */
class ArduinoCliTest {

	@TempDir
	Path folder;

	private static Path program(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	@Test
	void arduinoIdeTwosCliIsFoundInTheUsersProgramsOnWindows() throws Exception {
		Path home = folder.resolve("Users/anna");
		Path localAppData = home.resolve("AppData/Local");
		Path bundled = program(localAppData
				.resolve("Programs/Arduino IDE/resources/app/lib/backend/resources/arduino-cli.exe"));
		Path ideSettings = Files.createDirectories(home.resolve(".arduinoIDE")).resolve("arduino-cli.yaml");
		Files.writeString(ideSettings, "directories:\n  data: C:\\Users\\anna\\AppData\\Local\\Arduino15\n");
		Map<String, String> environment = Map.of("LOCALAPPDATA", localAppData.toString(), "Path",
				folder.resolve("Windows/System32") + ";" + folder.resolve("Windows"));

		ArduinoCli cli = ArduinoCli.find(Host.Os.WINDOWS, environment, home, folder).orElseThrow();

		assertEquals(bundled, cli.executable());
		assertEquals(Optional.of(ideSettings), cli.configFile(), "the IDE's copy runs with the IDE's settings");
		assertEquals(List.of(bundled.toString(), "version", "--config-file", ideSettings.toString()),
				cli.command(List.of("version")));
		assertEquals(localAppData.resolve("Arduino15"), ArduinoCli.dataFolder(Host.Os.WINDOWS, environment, home));
	}

	@Test
	void arduinoIdeInstalledForAllUsersIsFoundUnderProgramFilesOnWindows() throws Exception {
		Path home = folder.resolve("Users/ben");
		Path bundled = program(folder.resolve("Program Files/Arduino IDE/resources/app/lib/backend/resources/arduino-cli.exe"));
		Map<String, String> environment = Map.of("LOCALAPPDATA", home.resolve("AppData/Local").toString(),
				"ProgramFiles", folder.resolve("Program Files").toString());

		ArduinoCli cli = ArduinoCli.find(Host.Os.WINDOWS, environment, home, folder).orElseThrow();

		assertEquals(bundled, cli.executable());
		assertEquals(Optional.empty(), cli.configFile(), "no IDE settings yet: the program's defaults");
	}

	@Test
	void theCliOnTheWindowsPathIsSplitAtSemicolonsAndWinsOverTheIdes() throws Exception {
		Path home = folder.resolve("Users/anna");
		Path standalone = program(folder.resolve("Tools/arduino-cli.exe"));
		program(home.resolve("AppData/Local/Programs/Arduino IDE/resources/app/lib/backend/resources/arduino-cli.exe"));
		Map<String, String> environment = Map.of("PATH", folder.resolve("Windows") + ";" + folder.resolve("Tools"));

		assertEquals(standalone, ArduinoCli.find(Host.Os.WINDOWS, environment, home, folder).orElseThrow().executable());
	}

	@Test
	void arduinoIdeTwosCliIsFoundInsideTheAppOnAMac() throws Exception {
		Path home = folder.resolve("Users/anna");
		Path bundled = program(folder
				.resolve("Applications/Arduino IDE.app/Contents/Resources/app/lib/backend/resources/arduino-cli"));
		// Finder gives apps no PATH with Homebrew on it; the IDE's copy must be found without one.
		Map<String, String> environment = Map.of("PATH", "/usr/bin:/bin");

		assertEquals(bundled, ArduinoCli.find(Host.Os.MACOS, environment, home, folder).orElseThrow().executable());
		assertEquals(home.resolve("Library/Arduino15"), ArduinoCli.dataFolder(Host.Os.MACOS, environment, home));
	}

	@Test
	void anIdeDraggedIntoTheUsersOwnApplicationsIsFoundOnAMac() throws Exception {
		Path home = folder.resolve("Users/anna");
		Path bundled = program(home
				.resolve("Applications/Arduino IDE.app/Contents/Resources/app/lib/backend/resources/arduino-cli"));

		assertEquals(bundled, ArduinoCli.find(Host.Os.MACOS, Map.of(), home, folder).orElseThrow().executable());
	}

	@Test
	void linuxFindsTheCliOnThePathAndKeepsItsDataInDotArduino15() throws Exception {
		Path home = folder.resolve("home/anna");
		Path onPath = program(home.resolve(".local/bin/arduino-cli"));
		Map<String, String> environment = Map.of("PATH", "/nonexistent:" + home.resolve(".local/bin"));

		assertEquals(onPath, ArduinoCli.find(Host.Os.LINUX, environment, home, folder).orElseThrow().executable());
		assertEquals(home.resolve(".arduino15"), ArduinoCli.dataFolder(Host.Os.LINUX, environment, home));
		assertTrue(ArduinoCli.find(Host.Os.LINUX, Map.of("PATH", "/nonexistent"), home, folder).isEmpty());
	}

	@Test
	void aFileThatIsNoProgramIsNotTakenForTheCli() throws Exception {
		Path home = folder.resolve("home/anna");
		Path notExecutable = home.resolve("bin/arduino-cli");
		Files.createDirectories(notExecutable.getParent());
		Files.writeString(notExecutable, "not a program");

		assertTrue(ArduinoCli.find(Host.Os.LINUX, Map.of("PATH", notExecutable.getParent().toString()), home, folder)
				.isEmpty());
	}

	@Test
	void aBoardPackageCountsAsInstalledWhenTheBoardsManagerPutItInTheDataFolder() throws Exception {
		Path data = folder.resolve("Arduino15");
		Files.createDirectories(data.resolve("packages/arduino/hardware/avr/1.8.6"));

		assertTrue(ArduinoCli.hasPlatform(data, "arduino:avr:uno"));
		assertFalse(ArduinoCli.hasPlatform(data, "esp32:esp32:XIAO_ESP32S3"));
		assertEquals(folder.resolve("elsewhere"), ArduinoCli.dataFolder(Host.Os.WINDOWS,
				Map.of("ARDUINO_DIRECTORIES_DATA", folder.resolve("elsewhere").toString()), folder));
	}

	@Test
	void windowsWithoutArduinoToolsIsToldToInstallTheArduinoIde() {
		ToolMissingException e = assertThrows(ToolMissingException.class, () -> SketchCompiler.find(Host.Os.WINDOWS,
				Map.of("LOCALAPPDATA", folder.resolve("AppData/Local").toString()), folder, folder));

		assertTrue(e.getMessage().contains("Arduino IDE 2"), e.getMessage());
	}

	@Test
	void aCompileThatFailsForWantOfTheBoardPackageSaysWhichToInstall() throws Exception {
		Path home = folder.resolve("home/anna");
		Files.createDirectories(home.resolve(".arduino15/packages/arduino/hardware/avr"));
		// An arduino-cli that fails as the real one does when the ESP32 package is missing.
		Path cli = program(folder.resolve("bin/arduino-cli"));
		Files.writeString(cli, "#!/bin/sh\necho \"Error during build: Platform 'esp32:esp32' not found\"\nexit 1\n");
		Path sketch = Files.createDirectories(folder.resolve("Reactor"));
		Files.writeString(sketch.resolve("Reactor.ino"), "void setup() {}\nvoid loop() {}\n");
		SketchCompiler compiler = SketchCompiler.find(Host.Os.LINUX, Map.of("PATH", cli.getParent().toString()), home,
				folder);

		ToolMissingException e = assertThrows(ToolMissingException.class, () -> compiler.compile(sketch,
				"esp32:esp32:XIAO_ESP32S3", folder.resolve("build"), new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("arduino-cli core install esp32:esp32"), e.getMessage());
	}
}
