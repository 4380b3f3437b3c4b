package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Each environment's lab image archive as a user downloads it: one top folder holding that
 * environment's SWT and no other's, the launcher jar, its start scripts (executable, with the line
 * endings their shell reads), a configuration naming its own bundles, and on macOS an app bundle.
 */
class LabImageArchiveTest {

	/** The issue's goal for one download. */
	private static final long MAX_ARCHIVE_BYTES = 150L * 1024 * 1024;

	private static final Map<Environment, ArchiveContents> ARCHIVES = new EnumMap<>(Environment.class);
	private static final Map<Environment, Long> SIZES = new EnumMap<>(Environment.class);

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(Environment.class)
	void holdsItsOwnSwtFragmentAndNoOtherEnvironmentsBundles(Environment environment) throws IOException {
		ArchiveContents archive = archive(environment);

		String plugins = environment.inArchive("plugins/");
		assertFalse(archive.names(Pattern.compile(Pattern.quote(plugins + environment.swtFragment() + "_") + ".*")).isEmpty(),
				"no " + environment.swtFragment());
		for (String name : archive.names(Pattern.compile(Pattern.quote(plugins) + ".*"))) {
			String bundle = name.substring(plugins.length()).split("/")[0];
			assertFalse(environment.isOtherEnvironmentsBundle(bundle), bundle + " belongs to another environment than " + environment);
		}
		assertFalse(archive.names(Pattern.compile(Pattern.quote(environment.inArchive("plugins/org.eclipse.equinox.launcher_"))
				+ "[^/]*\\.jar")).isEmpty(), "no Equinox launcher jar: the start scripts run it");
		for (String name : archive.names()) {
			assertTrue(name.startsWith(environment.rootFolder + "/"), name + " is outside the top folder " + environment.rootFolder);
		}
	}

	@ParameterizedTest
	@EnumSource(Environment.class)
	void configurationNamesThisEnvironmentsBundlesAndOnlyFilesItHolds(Environment environment) throws IOException {
		ArchiveContents archive = archive(environment);
		String bundlesInfo = text(archive, environment.inArchive("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		String configIni = text(archive, environment.inArchive("configuration/config.ini"));

		assertTrue(bundlesInfo.lines().anyMatch(line -> line.startsWith(environment.swtFragment() + ",")), bundlesInfo);
		for (String line : bundlesInfo.lines().filter(line -> !line.startsWith("#")).toList()) {
			String path = line.split(",")[2];
			String name = environment.inArchive(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
			assertTrue(archive.file(name).isPresent() || archive.names().stream().anyMatch(n -> n.startsWith(name + "/")),
					"bundles.info names " + path + ", which the archive does not hold");
			assertFalse(environment.isOtherEnvironmentsBundle(name.substring(name.lastIndexOf('/') + 1)),
					"bundles.info names another environment's " + path);
		}
		for (String file : Pattern.compile("file\\\\:([^@,\\s]+\\.jar)").matcher(configIni).results().map(m -> m.group(1)).toList()) {
			String name = environment.inArchive(file.startsWith("plugins/") ? file : "plugins/" + file);
			assertTrue(archive.file(name).isPresent(), "config.ini names " + file + ", which the archive does not hold");
		}
		assertTrue(configIni.contains("osgi.framework=file\\:plugins/org.eclipse.osgi_"), configIni);
		// p2 updates inside the image resolve for the environment it was provisioned for.
		assertTrue(profile(archive, environment).contains("value='osgi.os=" + environment.os + ",osgi.arch=" + environment.arch
				+ ",osgi.ws=" + environment.ws), "the p2 profile is not for " + environment);
	}

	@Test
	void linuxStartsFromAnExecutableBashScript() throws Exception {
		ArchiveContents archive = archive(Environment.LINUX);

		ArchiveContents.File script = archive.file("modelbench/modelbench").orElseThrow();
		assertTrue(script.executable(), "modelbench is not executable: mode " + Integer.toOctalString(script.mode()));
		assertBashParses(script);
		assertTrue(archive.file("modelbench/modelbench.cmd").isEmpty(), "the Windows script in the Linux image");
	}

	@Test
	void windowsStartsFromABatchFileWithCrlfLineEndings() throws IOException {
		ArchiveContents archive = archive(Environment.WINDOWS);

		String script = text(archive, "modelbench/modelbench.cmd");
		assertTrue(script.endsWith("\r\n"), "the last line has no CRLF");
		assertFalse(Pattern.compile("(?<!\r)\n|\r(?!\n)").matcher(script).find(), "modelbench.cmd has a line not ended by CRLF");
		// javaw for the IDE (no console stays open), java for the verbs, whose exit code is passed on.
		assertTrue(script.contains("start \"Model Bench\" \"%MB_JAVA%\\bin\\javaw.exe\""), script);
		assertTrue(script.contains("\"%MB_JAVA%\\bin\\java.exe\" %MB_VMARGS% -Djava.awt.headless=true"), script);
		assertTrue(script.contains("exit /b %ERRORLEVEL%"), script);
		assertTrue(archive.file("modelbench/modelbench").isEmpty(), "the bash script in the Windows image");
	}

	@Test
	void macosOpensAnAppBundleWhoseInfoPlistNamesItsScript() throws Exception {
		ArchiveContents archive = archive(Environment.MACOS);
		Map<String, String> plist = plist(text(archive, "Model Bench.app/Contents/Info.plist"));

		assertEquals("APPL", plist.get("CFBundlePackageType"));
		String executable = plist.get("CFBundleExecutable");
		ArchiveContents.File app = archive.file("Model Bench.app/Contents/MacOS/" + executable)
				.orElseThrow(() -> new AssertionError("Info.plist names " + executable + ", which Contents/MacOS lacks"));
		assertTrue(app.executable(), executable + " is not executable");
		assertBashParses(app);
		ArchiveContents.File command = archive.file("Model Bench.app/Contents/Eclipse/modelbench").orElseThrow();
		assertTrue(command.executable(), "the modelbench command is not executable");
		assertBashParses(command);
		// macOS shows these when the app first asks for the camera or the microphone; without them it refuses.
		assertTrue(plist.getOrDefault("NSCameraUsageDescription", "").length() > 20, plist.toString());
		assertTrue(plist.getOrDefault("NSMicrophoneUsageDescription", "").length() > 20, plist.toString());
		assertTrue(archive.names(Pattern.compile(".*\\.cmd")).isEmpty(), "the Windows script in the macOS image");
	}

	@ParameterizedTest
	@EnumSource(Environment.class)
	void staysWithinTheDownloadSizeGoal(Environment environment) throws IOException {
		long size = Files.size(environment.archive());
		SIZES.put(environment, size);

		assertTrue(size <= MAX_ARCHIVE_BYTES, environment.archive().getFileName() + " is " + size / (1024 * 1024) + " MiB");
	}

	/** For the README: what each download weighs (target/lab-image-sizes.txt). */
	@AfterAll
	static void writeSizes() throws IOException {
		StringBuilder table = new StringBuilder();
		SIZES.forEach((environment, size) -> table.append(String.format("%s\t%s\t%.1f MiB%n", environment,
				environment.archive().getFileName(), size / (1024.0 * 1024))));
		Files.writeString(Files.createDirectories(Path.of("target")).resolve("lab-image-sizes.txt"), table,
				StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
	}

	private void assertBashParses(ArchiveContents.File script) throws IOException, InterruptedException {
		Path file = temp.resolve("script-" + script.name().replaceAll("[^A-Za-z0-9]", "_"));
		Files.write(file, script.content());
		Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
		String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, bash.waitFor(), script.name() + " does not parse: " + printed);
		assertTrue(script.text().startsWith("#!/bin/bash\n") || script.text().startsWith("#!/usr/bin/env bash\n"),
				script.name() + " does not start with a bash #! line");
	}

	private static ArchiveContents archive(Environment environment) throws IOException {
		synchronized (ARCHIVES) {
			ArchiveContents archive = ARCHIVES.get(environment);
			if (archive == null) {
				archive = ArchiveContents.read(environment.archive());
				ARCHIVES.put(environment, archive);
			}
			return archive;
		}
	}

	private static String text(ArchiveContents archive, String name) {
		return archive.file(name).orElseThrow(() -> new AssertionError("the archive lacks " + name)).text();
	}

	/** The newest state of the image's p2 profile. */
	private static String profile(ArchiveContents archive, Environment environment) throws IOException {
		String folder = environment.inArchive("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/");
		String newest = archive.names(Pattern.compile(Pattern.quote(folder) + "\\d+\\.profile\\.gz")).stream()
				.max((a, b) -> Long.compare(timestamp(a), timestamp(b))).orElseThrow(() -> new AssertionError("no p2 profile"));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(archive.file(newest).orElseThrow().content()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static long timestamp(String profileFile) {
		String name = profileFile.substring(profileFile.lastIndexOf('/') + 1);
		return Long.parseLong(name.substring(0, name.indexOf('.')));
	}

	/** The top dictionary's string and boolean values, parsed as macOS does (an XML property list). */
	private static Map<String, String> plist(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// The DOCTYPE names Apple's DTD on the web: parse without fetching it.
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Element dict = (Element) factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement()
				.getElementsByTagName("dict").item(0);
		Map<String, String> values = new HashMap<>();
		String key = null;
		for (Node node = dict.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				if (element.getTagName().equals("key")) {
					key = element.getTextContent();
				} else if (key != null) {
					values.put(key, element.getTagName().equals("string") ? element.getTextContent() : element.getTagName());
					key = null;
				}
			}
		}
		return values;
	}
}
