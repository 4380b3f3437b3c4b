package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.ReceivedMessage;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.TopicSubscriber;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.ThreadCensus;

class TopicSubscriberTest {

	private static final DeliveryOptions QUICK = PushContract.QUICK;

	@TempDir
	Path temp;

	private Mosquitto mosquitto;

	@BeforeEach
	void startMosquitto() throws Exception {
		mosquitto = Mosquitto.start(temp);
	}

	@AfterEach
	void stopMosquitto() {
		mosquitto.close();
	}

	@Test
	void handsOnWhatArrivesOnTheTopicInOrder() throws Exception {
		List<ReceivedMessage> received = Collections.synchronizedList(new ArrayList<>());
		try (TopicSubscriber subscriber = TopicSubscriber.open(mosquitto.siotLogin(), "ailab/+", 1, received::add, QUICK);
				ResultPublisher publisher = ResultPublisher.start(
						PushContract.settingsFor(mosquitto.siotLogin(), "ailab/s01"), QUICK)) {
			Await.until(() -> subscriber.status().state() == ConnectionState.CONNECTED, () -> subscriber.status().message());
			awaitSubscribed(publisher, received);

			for (String label : List.of("cat", "dog", "cat")) {
				publisher.publish(PushContract.result(label));
			}

			Await.until(() -> texts(received).size() >= 3, () -> "3 messages, got " + texts(received));
			assertEquals(List.of("cat", "dog", "cat"), texts(received));
			assertTrue(received.stream().allMatch(message -> message.topic().equals("ailab/s01")));
		}
	}

	@Test
	void subscribesAgainAfterTheBrokerComesBack() throws Exception {
		List<ReceivedMessage> received = Collections.synchronizedList(new ArrayList<>());
		try (TopicSubscriber subscriber = TopicSubscriber.open(mosquitto.siotLogin(), "ailab/s01", 0, received::add,
				QUICK); ResultPublisher publisher = ResultPublisher.start(
						PushContract.settingsFor(mosquitto.siotLogin(), "ailab/s01"), QUICK)) {
			awaitSubscribed(publisher, received);

			mosquitto.stop();
			Await.until(() -> subscriber.status().state() == ConnectionState.RECONNECTING, () -> subscriber.status().message());
			mosquitto.restart();
			Await.until(() -> subscriber.status().state() == ConnectionState.CONNECTED, () -> subscriber.status().message());

			Await.until(() -> {
				publisher.publish(PushContract.result("after"));
				sleep(100);
				return texts(received).contains("after");
			}, () -> "a message after the restart, got " + texts(received));
		}
	}

	@Test
	void aWrongPasswordIsRefusedAndClosingLeavesNoThread() throws Exception {
		ThreadCensus census = ThreadCensus.take();
		TopicSubscriber subscriber = TopicSubscriber.open(mosquitto.login("siot", "nope"), "#", 0, message -> {
		}, QUICK);

		Await.until(() -> subscriber.status().state() == ConnectionState.REFUSED, () -> subscriber.status().message());
		subscriber.close();

		assertEquals(ConnectionState.CLOSED, subscriber.status().state());
		Await.until(() -> ThreadCensus.alive("Model Bench MQTT").isEmpty() && census.newNonDaemonThreads().isEmpty(),
				() -> "no thread left, got " + ThreadCensus.alive("Model Bench MQTT") + census.newNonDaemonThreads());
	}

	/** Publishes probes until one arrives: then the subscription is live. */
	private static void awaitSubscribed(ResultPublisher publisher, List<ReceivedMessage> received) {
		Await.until(() -> {
			publisher.publish(PushContract.result("probe"));
			sleep(100);
			synchronized (received) {
				return received.stream().anyMatch(message -> message.text().equals("probe"));
			}
		}, () -> "the subscription to be live");
		sleep(200);
	}

	private static List<String> texts(List<ReceivedMessage> received) {
		synchronized (received) {
			return received.stream().map(ReceivedMessage::text).filter(text -> !text.equals("probe")).toList();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
