package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;

/** What a board receives at each push rate. */
class PushRateDeliveryTest {

	@TempDir
	Path temp;

	private Mosquitto mosquitto;
	private MosquittoSub board;

	@BeforeEach
	void startMosquittoAndABoard() throws Exception {
		mosquitto = Mosquitto.start(temp);
		board = MosquittoSub.start(mosquitto.siotLogin(), PushContract.TOPIC);
	}

	@AfterEach
	void stopThem() throws Exception {
		board.close();
		mosquitto.close();
	}

	@Test
	void onLabelChangeTheBoardGetsOnlyTheChanges() throws Exception {
		try (ResultPublisher publisher = start(PushRate.onLabelChange())) {
			List.of("cat", "cat", "dog", "dog", "dog", "cat").forEach(label -> publisher.publish(PushContract.result(label)));

			assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
			Await.until(() -> board.payloads().size() >= 3, () -> "3 labels, got " + board.payloads());
			assertEquals(List.of("cat", "dog", "cat"), board.payloads());
			assertEquals(3, publisher.skippedCount());
		}
	}

	@Test
	void atMostNPerSecondTheBoardGetsTheFirstAndThenTheNewestOfABurst() throws Exception {
		try (ResultPublisher publisher = start(PushRate.atMost(2))) {
			Await.until(() -> publisher.status().state() == ConnectionState.CONNECTED, () -> publisher.status().message());

			List.of("a", "b", "c", "d", "e").forEach(label -> publisher.publish(PushContract.result(label)));

			// "e" is held for its turn, half a second after "a", and then sent by the publisher itself.
			assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
			Await.until(() -> board.payloads().size() >= 2, () -> "2 labels, got " + board.payloads());
			assertEquals(List.of("a", "e"), board.payloads());
			assertEquals(3, publisher.skippedCount());
			assertEquals(2, publisher.sentCount());
		}
	}

	private ResultPublisher start(PushRate rate) {
		return ResultPublisher.start(new PushSettings(mosquitto.siotLogin(), PushContract.TOPIC, 0, PayloadFormat.LABEL,
				rate), PushContract.QUICK);
	}
}
