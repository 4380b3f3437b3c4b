package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.BrokerStartException;
import dev.modelbench.mqtt.DefaultBroker;
import dev.modelbench.mqtt.EmbeddedBroker;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.FreePort;
import dev.modelbench.mqtt.tests.fixtures.ThreadCensus;

class EmbeddedBrokerTest {

	@Test
	void listensWhileStartedAndLeavesNoThreadOnceStopped() throws Exception {
		ThreadCensus census = ThreadCensus.take();
		EmbeddedBroker.Settings settings = EmbeddedBroker.Settings.DEFAULT.withBindHost("127.0.0.1")
				.withPort(FreePort.find());
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", settings.port());

		EmbeddedBroker broker = EmbeddedBroker.start(settings);
		assertTrue(broker.isRunning());
		assertTrue(DefaultBroker.isListening(address));
		assertFalse(census.newNonDaemonThreads().isEmpty(), "Moquette's threads are not daemons, hence stop()");

		broker.stop();

		assertFalse(broker.isRunning());
		assertFalse(DefaultBroker.isListening(address));
		// Netty's global executor thread ends by itself a second after its last task.
		Await.until(() -> census.newNonDaemonThreads().isEmpty(), () -> "no thread left, got " + census.newNonDaemonThreads());
		broker.stop();
	}

	@Test
	void aPortInUseIsRefusedInWords() throws Exception {
		try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			EmbeddedBroker.Settings settings = EmbeddedBroker.Settings.DEFAULT.withBindHost("127.0.0.1")
					.withPort(other.getLocalPort());

			BrokerStartException refusal = assertThrows(BrokerStartException.class, () -> EmbeddedBroker.start(settings));

			assertEquals("The built-in MQTT broker cannot use port " + other.getLocalPort()
					+ " on 127.0.0.1: another program already listens there (SIoT or another broker?)."
					+ " Stop it, or push to that broker instead.", refusal.getMessage());
		}
	}

	@Test
	void localClientsReachABrokerOnAllNetworksThroughLoopbackWithItsLogin() {
		EmbeddedBroker.Settings settings = EmbeddedBroker.Settings.DEFAULT;

		assertEquals("0.0.0.0", settings.bindHost());
		assertEquals(1883, settings.port());
		assertEquals(BrokerSettings.siot("127.0.0.1", 1883), new BrokerSettings("127.0.0.1", settings.port(),
				settings.user(), settings.password(), false));
	}
}
