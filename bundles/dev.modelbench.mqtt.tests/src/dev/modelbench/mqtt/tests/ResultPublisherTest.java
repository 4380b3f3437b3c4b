package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.FreePort;
import dev.modelbench.mqtt.tests.fixtures.SilentPeer;

/** The publisher's behaviour when there is no broker at all. */
class ResultPublisherTest {

	@Test
	void withNoBrokerPublishingNeverWaitsAndKeepsOnlyTheNewestResults() throws Exception {
		int port = FreePort.find();
		DeliveryOptions options = DeliveryOptions.DEFAULT.withQueueCapacity(50).withRetry(Duration.ofMillis(200),
				Duration.ofSeconds(2));
		try (ResultPublisher publisher = ResultPublisher
				.start(PushSettings.defaults(BrokerSettings.siot("127.0.0.1", port), "pets"), options)) {
			Await.until(() -> publisher.status().state() == ConnectionState.RECONNECTING,
					() -> "reconnecting, got " + publisher.status());

			long start = System.nanoTime();
			for (int i = 0; i < 10_000; i++) {
				publisher.publish(new LiveResult("r" + i, 1, Map.of(), Instant.now(), "pets"));
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			// Waiting for the broker even once per result would take 10,000 x 200 ms.
			assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "10,000 results took " + took);
			assertEquals(10_000 - 50, publisher.droppedCount());
			assertTrue(publisher.pendingCount() <= 50);
			assertEquals(0, publisher.sentCount());
			String message = publisher.status().message();
			assertTrue(message.startsWith("Nothing answers at 127.0.0.1:" + port + "."), message);
			assertTrue(message.matches(".*Trying again in [0-9.]+ s\\."), message);
			assertFalse(publisher.awaitSent(Duration.ofMillis(100)));
		}
	}

	@Test
	void aPeerThatAcceptsButNeverAnswersIsGivenUpOnInWordsAndABatchStopsWaitingForIt() throws Exception {
		DeliveryOptions options = DeliveryOptions.DEFAULT.withQueueCapacity(5).withConnectTimeout(Duration.ofSeconds(1))
				.withSendTimeout(Duration.ofSeconds(1)).withRetry(Duration.ofSeconds(8), Duration.ofSeconds(8));
		try (SilentPeer silent = SilentPeer.start(); ResultPublisher publisher = ResultPublisher
				.start(PushSettings.defaults(BrokerSettings.siot("127.0.0.1", silent.port()), "pets"), options)) {
			long start = System.nanoTime();
			for (int i = 0; i < 20; i++) {
				publisher.deliver(new LiveResult("r" + i, 1, Map.of(), Instant.now(), "pets"));
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			// It waited for the one attempt (1 s, and Paho's second), not for every result.
			assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "20 results took " + took);
			assertEquals(ConnectionState.RECONNECTING, publisher.status().state());
			String expected = "No answer from 127.0.0.1:" + silent.port() + " within 1 s.";
			assertTrue(publisher.lastFailure().orElseThrow().startsWith(expected), publisher.lastFailure()::toString);
			assertFalse(publisher.lastFailure().orElseThrow().contains("Trying again"), publisher.lastFailure()::toString);
			assertTrue(publisher.status().message().endsWith("Trying again in 8 s."), publisher.status().message());
			assertEquals(15, publisher.droppedCount());
			assertTrue(silent.acceptedCount() > 0);
		}
	}

	@Test
	void anUnknownHostIsNamedInTheStatus() {
		try (ResultPublisher publisher = ResultPublisher.start(
				PushSettings.defaults(BrokerSettings.siot("no-such-host.invalid", 1883), "pets"),
				DeliveryOptions.DEFAULT.withRetry(Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
			Await.until(() -> publisher.status().state() == ConnectionState.RECONNECTING,
					() -> "reconnecting, got " + publisher.status());

			assertTrue(publisher.status().message().contains("\"no-such-host.invalid\" cannot be found"),
					publisher.status().message());
		}
	}

	@Test
	void aClosedPublisherIgnoresResultsAndSaysItIsClosed() {
		ResultPublisher publisher = ResultPublisher.start(
				PushSettings.defaults(BrokerSettings.siot("127.0.0.1", FreePort.find()), "pets"));
		publisher.close();

		publisher.publish(new LiveResult("late", 1, Map.of(), Instant.now(), "pets"));

		assertEquals(ConnectionState.CLOSED, publisher.status().state());
		assertEquals(0, publisher.pendingCount());
	}
}
