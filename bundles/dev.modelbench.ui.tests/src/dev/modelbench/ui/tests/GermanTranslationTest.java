package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

/** German is the UI's second language: a string added in English only would show up in English. */
class GermanTranslationTest {

	@ParameterizedTest
	@ValueSource(strings = { "dev/modelbench/ui/wizards/messages", "dev/modelbench/ui/editors/messages",
			"dev/modelbench/ui/capture/messages", "dev/modelbench/ui/training/messages",
			"dev/modelbench/ui/validation/messages", "dev/modelbench/ui/export/messages",
			"dev/modelbench/ui/preferences/messages", "dev/modelbench/ui/push/messages", "dev/modelbench/ui/deploy/messages",
			"dev/modelbench/ui/handlers/messages",
			"OSGI-INF/l10n/bundle" })
	void everyStringHasAGermanTranslation(String bundlePath) throws IOException {
		Bundle ui = Platform.getBundle("dev.modelbench.ui");

		Set<String> english = keys(ui, bundlePath + ".properties");
		Set<String> german = keys(ui, bundlePath + "_de.properties");

		assertEquals(english, german);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev/modelbench/capture/internal/messages", "OSGI-INF/l10n/bundle" })
	void everyCaptureStringHasAGermanTranslation(String bundlePath) throws IOException {
		Bundle capture = Platform.getBundle("dev.modelbench.capture");

		assertEquals(keys(capture, bundlePath + ".properties"), keys(capture, bundlePath + "_de.properties"));
	}

	private static Set<String> keys(Bundle bundle, String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, path);
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
