package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;

/**
 * MQTT over TLS against mosquitto with a self-signed certificate made by openssl: refused by
 * default, in words that say how to trust it; accepted once the user trusts that broker's
 * certificate, and only that certificate, only for that broker.
 */
class BrokerTlsTest {

	private static final String TOPIC = "modelbench/tls";
	private static final DeliveryOptions QUICK = DeliveryOptions.DEFAULT.withRetry(Duration.ofMillis(100),
			Duration.ofMillis(800));

	@TempDir
	Path folder;

	private Mosquitto mosquitto;
	private BrokerCertificates certificates;
	private ResultPublisher publisher;
	private MosquittoSub board;

	@BeforeEach
	void startBroker() throws Exception {
		mosquitto = Mosquitto.startWithTls(Files.createDirectories(folder.resolve("broker")));
		certificates = new BrokerCertificates(folder.resolve("user/trusted.properties"));
		// The board listens on the plain listener; the push goes over TLS.
		board = MosquittoSub.start(mosquitto.siotLogin(), TOPIC);
	}

	@AfterEach
	void stop() throws Exception {
		if (publisher != null) {
			publisher.close();
		}
		board.close();
		mosquitto.close();
	}

	private BrokerSettings overTls() {
		return new BrokerSettings("127.0.0.1", mosquitto.tlsPort(), "siot", "dfrobot", true);
	}

	private void push(BrokerSettings broker, String label) {
		publisher = ResultPublisher.start(
				new PushSettings(broker, TOPIC, 1, PayloadFormat.LABEL, PushRate.everyResult()), QUICK);
		publisher.publish(LiveResult.of(label, 0.9, List.of(label, "other"), new float[] { 0.9f, 0.1f }, Instant.now(), "test"));
	}

	@Test
	void aSelfSignedBrokerIsRefusedByDefaultInWordsThatSayHowToTrustIt() throws Exception {
		push(certificates.applyTo(overTls()), "refused");

		Await.until(() -> publisher.status().message().contains("no authority this computer knows"),
				() -> publisher.status().message());
		assertTrue(publisher.status().message().contains("trust this broker's certificate"), publisher.status().message());
		assertEquals(ConnectionState.RECONNECTING, publisher.status().state());
		assertEquals(List.of(), board.payloads());
	}

	@Test
	void theFingerprintShownIsTheCertificatesAndOnceTrustedTheResultsGoOverTls() throws Exception {
		String shown = BrokerCertificates.fetchFingerprint("127.0.0.1", mosquitto.tlsPort(), Duration.ofSeconds(5));
		assertEquals(mosquitto.certificateFingerprint(), shown);

		certificates.trust("127.0.0.1", mosquitto.tlsPort(), shown);
		push(certificates.applyTo(overTls()), "trusted");

		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().contains("trusted"), () -> "got " + board.payloads());
		assertEquals(ConnectionState.CONNECTED, publisher.status().state());
	}

	@Test
	void trustIsForOneCertificateOfOneBroker() throws Exception {
		String shown = BrokerCertificates.fetchFingerprint("127.0.0.1", mosquitto.tlsPort(), Duration.ofSeconds(5));
		certificates.trust("127.0.0.1", mosquitto.tlsPort() + 1, shown);
		assertEquals(Optional.empty(), certificates.trusted("127.0.0.1", mosquitto.tlsPort()));

		// Trusted for this broker, but another certificate: a broker that made a new one, or an impostor.
		String other = shown.replace(shown.substring(0, 2), shown.startsWith("00") ? "11" : "00");
		certificates.trust("127.0.0.1", mosquitto.tlsPort(), other);
		push(certificates.applyTo(overTls()), "impostor");

		Await.until(() -> publisher.status().message().contains("is not the one trusted for it"),
				() -> publisher.status().message());
		assertTrue(publisher.status().message().contains(shown), publisher.status().message());
		assertEquals(List.of(), board.payloads());

		certificates.forget("127.0.0.1", mosquitto.tlsPort());
		assertEquals(Optional.empty(), certificates.trusted("127.0.0.1", mosquitto.tlsPort()));
	}

	@Test
	void theCertificateNoAuthorityVouchesForIsNamedByItsFingerprintBeforeAnythingIsSent() throws Exception {
		assertEquals(Optional.of(mosquitto.certificateFingerprint()),
				BrokerCertificates.unvouchedFingerprint("127.0.0.1", mosquitto.tlsPort(), Duration.ofSeconds(5)));
		// Nothing listens for TLS there: no fingerprint, but the reason.
		assertThrows(java.io.IOException.class,
				() -> BrokerCertificates.unvouchedFingerprint("127.0.0.1", mosquitto.port(), Duration.ofSeconds(5)));
	}
}
