package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;
import dev.modelbench.mqtt.tests.fixtures.TestBroker;

/** Pushing to Debian's mosquitto, as to SIoT: a login is required and sessions survive a restart. */
class MosquittoPushTest extends PushContract {

	@Override
	TestBroker startBroker(Path directory) throws Exception {
		return Mosquitto.start(directory);
	}

	@Test
	void aBrokerThatHangsIsGivenUpOnInWordsAndTheResultsGoOutWhenItWakes() throws Exception {
		Mosquitto mosquitto = (Mosquitto) broker;
		MosquittoSub board = closeLater(MosquittoSub.start(broker.siotLogin(), TOPIC));
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(1, PayloadFormat.LABEL),
				QUICK.withConnectTimeout(Duration.ofSeconds(1)).withSendTimeout(Duration.ofSeconds(1))));
		publisher.publish(result("before"));
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());

		mosquitto.freeze();
		List.of("r1", "r2", "r3").forEach(label -> publisher.publish(result(label)));

		// The send waits for an acknowledgement that never comes; then connecting waits for an answer.
		Await.until(() -> publisher.status().message().startsWith(
				"No answer from 127.0.0.1:" + broker.port() + " within 1 s."), () -> publisher.status().message());
		assertEquals(ConnectionState.RECONNECTING, publisher.status().state());
		assertEquals(3, publisher.pendingCount());
		mosquitto.thaw();
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().contains("r3"), () -> "r3, got " + board.payloads());
		// At least once: the broker may also deliver the send it read late, once it woke.
		assertEquals(List.of("before", "r1", "r2", "r3"), board.payloads().stream().distinct().toList());
	}
}
