package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.BrokerCredentials;
import dev.modelbench.mqtt.BrokerSettings;

class BrokerCredentialsTest {

	@TempDir
	Path temp;

	private Path file;
	private BrokerCredentials credentials;

	@BeforeEach
	void openAStorageOfItsOwn() throws Exception {
		file = temp.resolve("secure_storage");
		credentials = new BrokerCredentials(open(file));
	}

	@Test
	void aSavedPasswordComesBackForTheSameLoginOnly() throws Exception {
		credentials.save(new BrokerSettings("10.1.2.3", 1883, "siot", "s3cret/pw", false));

		assertEquals(Optional.of("s3cret/pw"), credentials.password("10.1.2.3", 1883, "siot"));
		assertEquals(Optional.empty(), credentials.password("10.1.2.3", 1884, "siot"));
		assertEquals(Optional.empty(), credentials.password("10.1.2.4", 1883, "siot"));
		assertEquals(Optional.empty(), credentials.password("10.1.2.3", 1883, "teacher"));
	}

	@Test
	void thePasswordIsWrittenEncryptedAndSurvivesReopening() throws Exception {
		credentials.save(new BrokerSettings("fe80::1", 1883, "a/b", "dfrobot-secret", false));

		String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains("dfrobot-secret"), stored);
		BrokerCredentials reopened = new BrokerCredentials(open(file));
		assertEquals(Optional.of("dfrobot-secret"), reopened.password("fe80::1", 1883, "a/b"));
	}

	@Test
	void settingsWithoutPasswordGetTheStoredOneAndOthersKeepTheirs() throws Exception {
		credentials.save(new BrokerSettings("h", 1883, "u", "stored", false));

		assertEquals("stored", credentials.withStoredPassword(new BrokerSettings("h", 1883, "u", "", false)).password());
		assertEquals("typed", credentials.withStoredPassword(new BrokerSettings("h", 1883, "u", "typed", false)).password());
		assertEquals("", credentials.withStoredPassword(new BrokerSettings("other", 1883, "u", "", false)).password());
	}

	@Test
	void aForgottenPasswordIsGone() throws Exception {
		credentials.save(new BrokerSettings("h", 1883, "u", "pw", false));

		credentials.forget("h", 1883, "u");

		assertTrue(credentials.password("h", 1883, "u").isEmpty());
		assertTrue(new BrokerCredentials(open(file)).password("h", 1883, "u").isEmpty());
	}

	/** A storage in its own file, with a fixed master password instead of a prompt or the OS keyring. */
	private static ISecurePreferences open(Path file) throws Exception {
		return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
				IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray())));
	}
}
