package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The legal files Eclipse shows under Help > About, read from the source checkout: every bundle's
 * about.html (Installation Details > Plug-ins > Legal Info) and the feature's licence, which must
 * name every third-party library the target platform pins for Model Bench with its version.
 */
class LegalFilesTest {

	/** The target locations of what Model Bench itself brings; the rest is the Eclipse platform and test tools. */
	private static final Set<String> SHIPPED_LOCATIONS = Set.of("ONNX Runtime", "protobuf", "Deploy: serial and SSH",
			"MQTT client and SLF4J", "Webcam capture", "Webcam driver for Windows and macOS", "Moquette MQTT broker",
			"Netty for the Moquette broker", "Gson", "TwelveMonkeys ImageIO");

	private static final Path ROOT = Products.sourceRoot();

	@Test
	void theRepositoryCarriesTheEplAsItsLicense() throws IOException {
		String license = Files.readString(ROOT.resolve("LICENSE"));
		assertTrue(license.startsWith("Eclipse Public License - v 2.0"), license.lines().findFirst().orElse(""));
		assertTrue(license.contains("Exhibit A - Form of Secondary Licenses Notice"), "the whole text, to its end");
	}

	@Test
	void everyBundleCarriesAboutHtmlAndItsBuildShipsIt() throws IOException {
		List<Path> bundles = new ArrayList<>();
		try (Stream<Path> folders = Files.list(ROOT.resolve("bundles"))) {
			folders.filter(folder -> Files.exists(folder.resolve("META-INF/MANIFEST.MF"))).sorted().forEach(bundles::add);
		}
		assertTrue(bundles.size() >= 14, "bundles found: " + bundles);
		for (Path bundle : bundles) {
			Path about = bundle.resolve("about.html");
			assertTrue(Files.isRegularFile(about), "no about.html in " + bundle.getFileName());
			String text = squeezed(Files.readString(about));
			assertTrue(text.contains("<h2>About This Content</h2>") && text.contains("Eclipse Public License Version 2.0"),
					bundle.getFileName() + ": not Eclipse's about.html form");
			assertTrue(binIncludes(bundle).contains("about.html"), bundle.getFileName() + ": build.properties leaves about.html out");
		}
	}

	@Test
	void theFeaturesLicenseHoldsTheWholeEplAndShipsLicenseHtml() throws IOException {
		Path feature = ROOT.resolve("features/dev.modelbench.feature");
		Properties properties = properties(feature.resolve("feature.properties"));
		assertEquals("license.html", properties.getProperty("licenseURL"));
		assertTrue(squeezed(properties.getProperty("license")).contains(squeezed(Files.readString(ROOT.resolve("LICENSE")))),
				"the feature's licence text holds the EPL word for word");
		assertTrue(binIncludes(feature).contains("license.html"));
		assertTrue(Files.readString(feature.resolve("license.html")).contains("Third Party Content"));
	}

	@Test
	void everyThirdPartyLibraryModelBenchShipsIsNamedWithItsVersionInTheFeaturesLicense() throws Exception {
		String license = properties(ROOT.resolve("features/dev.modelbench.feature/feature.properties")).getProperty("license");
		List<String> entries = license.lines().filter(line -> line.startsWith("- ")).toList();
		Element target = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(ROOT.resolve("target-platform/modelbench.target").toFile()).getDocumentElement();
		NodeList locations = target.getElementsByTagName("location");
		int checked = 0;
		for (int i = 0; i < locations.getLength(); i++) {
			Element location = (Element) locations.item(i);
			if (!SHIPPED_LOCATIONS.contains(location.getAttribute("label"))) {
				continue;
			}
			NodeList dependencies = location.getElementsByTagName("dependency");
			for (int j = 0; j < dependencies.getLength(); j++) {
				Element dependency = (Element) dependencies.item(j);
				String artifact = text(dependency, "artifactId");
				String version = text(dependency, "version");
				assertTrue(entries.stream().anyMatch(entry -> entry.toLowerCase().contains(artifact.toLowerCase())
						&& entry.contains(version)), artifact + " " + version + " is not in the third-party list");
				checked++;
			}
		}
		assertTrue(checked >= 30, "libraries checked: " + checked);
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
	}

	private static List<String> binIncludes(Path project) throws IOException {
		String value = properties(project.resolve("build.properties")).getProperty("bin.includes", "");
		return Arrays.stream(value.split(",")).map(String::strip).toList();
	}

	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(in);
		}
		assertFalse(properties.isEmpty(), file.toString());
		return properties;
	}

	/** Text with every run of white space made one space, so line breaks and indents do not count. */
	private static String squeezed(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
