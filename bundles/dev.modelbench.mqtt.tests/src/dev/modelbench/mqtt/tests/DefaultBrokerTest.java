package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.DefaultBroker;

class DefaultBrokerTest {

	@Test
	void withNothingOnTheLocalMqttPortTheEmbeddedBrokerIsStartedThere() {
		List<InetSocketAddress> probed = new ArrayList<>();

		DefaultBroker.Choice choice = DefaultBroker.choose(address -> probed.add(address) && false);

		assertEquals(List.of(new InetSocketAddress("127.0.0.1", 1883)), probed);
		assertTrue(choice.embedded());
		assertEquals(new BrokerSettings("127.0.0.1", 1883, "siot", "dfrobot", false), choice.broker());
	}

	@Test
	void withABrokerAlreadyOnTheLocalPortResultsGoToSiotOnTheUnihiker() {
		DefaultBroker.Choice choice = DefaultBroker.choose(address -> true);

		assertFalse(choice.embedded());
		assertEquals(new BrokerSettings("10.1.2.3", 1883, "siot", "dfrobot", false), choice.broker());
	}

	@Test
	void aPortIsListeningWhileASocketAcceptsOnIt() throws Exception {
		InetSocketAddress address;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
			assertTrue(DefaultBroker.isListening(address));
		}
		assertFalse(DefaultBroker.isListening(address));
	}
}
