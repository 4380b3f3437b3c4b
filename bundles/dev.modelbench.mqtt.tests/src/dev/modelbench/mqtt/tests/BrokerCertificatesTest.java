package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.tests.fixtures.FailingOutputStream;
import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.PushSettingsException;

/** The user's trusted broker certificates on disk, and fingerprints as users type them. */
class BrokerCertificatesTest {

	private static final String FIRST = "AB:".repeat(31) + "AB";
	private static final String SECOND = "01:".repeat(31) + "23";

	@TempDir
	Path folder;

	@Test
	void aTrustThatFailsToBeWrittenKeepsTheCertificatesTrustedBeforeAndLeavesNoTemporaryFile() throws Exception {
		Path file = folder.resolve("user/trusted.properties");
		new BrokerCertificates(file).trust("classroom.local", 8883, FIRST);
		byte[] before = Files.readAllBytes(file);
		BrokerCertificates diskFull = new BrokerCertificates(file, FailingOutputStream.atomicWriterFailingAfter(20));

		assertThrows(IOException.class, () -> diskFull.trust("other.local", 8883, SECOND));

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(Optional.of(FIRST), new BrokerCertificates(file).trusted("classroom.local", 8883));
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left");
		}
	}

	@Test
	void aFingerprintIsTakenAsOpensslOrSha256sumPrintsIt() throws Exception {
		assertEquals(FIRST, BrokerCertificates.parseFingerprint(FIRST.toLowerCase(java.util.Locale.ROOT)));
		assertEquals(SECOND, BrokerCertificates.parseFingerprint(" " + SECOND.replace(":", "") + "\n"));
	}

	@Test
	void whatIsNoSha256FingerprintIsRefusedInWords() {
		for (String wrong : List.of("AB:CD", FIRST + ":AB", FIRST.replace('B', 'G'), "")) {
			PushSettingsException e = assertThrows(PushSettingsException.class,
					() -> BrokerCertificates.parseFingerprint(wrong));
			assertTrue(e.getMessage().contains("is not a SHA-256 fingerprint"), e.getMessage());
		}
	}
}
