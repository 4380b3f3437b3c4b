package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.ConnectionStatus;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.MosquittoSub;
import dev.modelbench.mqtt.tests.fixtures.TestBroker;
import dev.modelbench.mqtt.tests.fixtures.ThreadCensus;

/**
 * What pushing results must do against any broker: a board subscribed with mosquitto_sub gets
 * them in order, a wrong login is refused in words, and a broker that goes away and comes back
 * costs only the results that went stale meanwhile.
 */
abstract class PushContract {

	static final String TOPIC = "ailab/s01";
	/** Quick retries, so a test does not wait on the default half-second-to-30-second policy. */
	static final DeliveryOptions QUICK = DeliveryOptions.DEFAULT.withRetry(Duration.ofMillis(100), Duration.ofMillis(800))
			.withConnectTimeout(Duration.ofSeconds(5));

	@TempDir
	Path temp;

	TestBroker broker;
	private final List<AutoCloseable> toClose = new ArrayList<>();

	/** Starts the broker under test with its files in {@code directory}. */
	abstract TestBroker startBroker(Path directory) throws Exception;

	@BeforeEach
	void startTheBroker() throws Exception {
		broker = startBroker(temp);
	}

	@AfterEach
	void closeEverything() throws Exception {
		Collections.reverse(toClose);
		for (AutoCloseable closeable : toClose) {
			closeable.close();
		}
		broker.close();
	}

	@Test
	void labelsArriveInOrderAtAMosquittoSubSubscriber() throws Exception {
		MosquittoSub board = closeLater(MosquittoSub.start(broker.siotLogin(), TOPIC));
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(0, PayloadFormat.LABEL),
				QUICK.withQueueCapacity(200)));
		List<String> labels = IntStream.range(0, 100).mapToObj(i -> "c" + i).toList();

		labels.forEach(label -> publisher.publish(result(label)));

		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().size() >= labels.size(), () -> "100 labels, got " + board.payloads());
		assertEquals(labels, board.payloads());
		assertEquals(100, publisher.sentCount());
		assertEquals(0, publisher.droppedCount());
	}

	@Test
	void aBatchDeliveredFasterThanTheBrokerTakesItLosesNothing() throws Exception {
		MosquittoSub board = closeLater(MosquittoSub.start(broker.siotLogin(), TOPIC));
		// A queue of 10 for 1,000 results handed over at once, as a long recording's windows are.
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(1, PayloadFormat.LABEL),
				QUICK.withQueueCapacity(10)));
		List<ConnectionStatus> statuses = Collections.synchronizedList(new ArrayList<>());
		publisher.addConnectionListener(statuses::add);
		List<String> labels = IntStream.range(0, 1000).mapToObj(i -> "b" + i).toList();

		for (String label : labels) {
			publisher.deliver(result(label));
		}

		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		assertEquals(0, publisher.droppedCount(), statuses::toString);
		assertEquals(1000, publisher.sentCount());
		Await.until(() -> board.payloads().size() >= labels.size(), () -> board.payloads().size() + " of 1000 arrived");
		assertEquals(labels, board.payloads());
	}

	@Test
	void jsonResultsArriveInOrderAtAMosquittoSubSubscriber() throws Exception {
		MosquittoSub board = closeLater(MosquittoSub.start(broker.siotLogin(), TOPIC));
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(1, PayloadFormat.JSON), QUICK));
		List<LiveResult> results = IntStream.range(0, 30)
				.mapToObj(i -> LiveResult.of(i % 2 == 0 ? "cat" : "dog", 0.5f + i / 100f, List.of("cat", "dog"),
						new float[] { 0.5f + i / 100f, 0.5f - i / 100f }, Instant.parse("2025-03-04T10:15:30Z").plusSeconds(i),
						"pets"))
				.toList();

		results.forEach(publisher::publish);

		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().size() >= results.size(), () -> "30 results, got " + board.payloads());
		assertEquals(results.stream().map(r -> new String(PayloadFormat.JSON.encode(r), StandardCharsets.UTF_8)).toList(),
				board.payloads());
		assertEquals("{\"label\":\"dog\",\"confidence\":0.51,\"probabilities\":{\"cat\":0.51,\"dog\":0.49},"
				+ "\"time\":\"2025-03-04T10:15:31Z\",\"model\":\"pets\"}", board.payloads().get(1));
	}

	@Test
	void aWrongPasswordIsRefusedInWordsAndNotRetried() throws Exception {
		List<ConnectionStatus> statuses = Collections.synchronizedList(new ArrayList<>());
		ResultPublisher publisher = closeLater(ResultPublisher.start(
				settings(0, PayloadFormat.LABEL).withBroker(broker.login("siot", "wrong")), QUICK));
		publisher.addConnectionListener(statuses::add);

		publisher.publish(result("cat"));

		Await.until(() -> publisher.status().state() == ConnectionState.REFUSED, () -> "a refusal, got " + statuses);
		String message = publisher.status().message();
		assertTrue(message.contains("refused the user name \"siot\" or its password")
				|| message.contains("does not let the user \"siot\" connect"), message);
		assertTrue(message.contains("127.0.0.1:" + broker.port()), message);
		assertFalse(message.contains("Exception"), message);
		assertEquals(0, publisher.sentCount());
		publisher.close();
		assertEquals(ConnectionState.CLOSED, publisher.status().state());
		assertFalse(statuses.stream().anyMatch(s -> s.state() == ConnectionState.RECONNECTING), statuses::toString);
	}

	@Test
	void aBrokerThatGoesAwayMidStreamIsReconnectedAndOnlyStaleResultsAreDropped() throws Exception {
		MosquittoSub board = closeLater(MosquittoSub.start(broker.siotLogin(), TOPIC));
		List<ConnectionStatus> statuses = Collections.synchronizedList(new ArrayList<>());
		int capacity = 20;
		int away = 100;
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(1, PayloadFormat.LABEL),
				QUICK.withQueueCapacity(capacity)));
		publisher.addConnectionListener(statuses::add);
		Await.until(() -> publisher.status().state() == ConnectionState.CONNECTED, () -> "connected, got " + statuses);
		// No more than the queue holds, so that none goes stale before it is sent.
		publishRange(publisher, 0, capacity);
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().size() >= capacity, () -> capacity + " labels, got " + board.payloads());

		broker.stop();
		Await.until(() -> publisher.status().state() == ConnectionState.RECONNECTING, () -> "reconnecting, got " + statuses);
		publishRange(publisher, capacity, capacity + away);

		// The sender may hold one it failed to send; it goes back in line (the oldest, so dropped) at once.
		Await.until(() -> publisher.droppedCount() == away - capacity && publisher.pendingCount() == capacity,
				() -> "the oldest " + (away - capacity) + " of the results made while the broker was away dropped, got "
						+ publisher.droppedCount() + " dropped, " + publisher.pendingCount() + " pending");
		assertEquals(capacity, publisher.sentCount());
		broker.restart();
		Await.until(() -> publisher.status().state() == ConnectionState.CONNECTED, () -> "connected again, got " + statuses);
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		assertEquals(2 * capacity, publisher.sentCount());
		assertEquals(away - capacity, publisher.droppedCount());

		board.awaitSubscribed();
		int end = 2 * capacity + away;
		publishRange(publisher, capacity + away, end);
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		Await.until(() -> board.payloads().contains("r" + (end - 1)), () -> "r" + (end - 1) + ", got " + board.payloads());
		List<String> received = board.payloads();
		assertEquals(labels(0, capacity), received.subList(0, capacity));
		assertEquals(labels(capacity + away, end), received.subList(received.size() - capacity, received.size()));
		if (broker.keepsSessions()) {
			// The broker kept the board's session, so the results queued while it was away reach it too.
			// QoS 1 is "at least once": a broker back from a restart may deliver some a second time.
			assertEquals(concat(labels(0, capacity), labels(away, capacity + away), labels(capacity + away, end)),
					received.stream().distinct().toList());
		}
		List<ConnectionState> states = statuses.stream().map(ConnectionStatus::state).toList();
		int lost = states.indexOf(ConnectionState.RECONNECTING);
		assertTrue(lost > states.indexOf(ConnectionState.CONNECTED) && states.subList(lost, states.size())
				.contains(ConnectionState.CONNECTED), states::toString);
		assertTrue(statuses.stream().anyMatch(s -> s.message().contains("Nothing answers at 127.0.0.1:" + broker.port())),
				statuses::toString);
	}

	@Test
	void tlsToAPlainMqttPortFailsInWords() {
		ResultPublisher publisher = closeLater(ResultPublisher.start(settings(0, PayloadFormat.LABEL)
				.withBroker(new BrokerSettings("127.0.0.1", broker.port(), "siot", "dfrobot", true)), QUICK));

		Await.until(() -> publisher.status().state() == ConnectionState.RECONNECTING, () -> publisher.status().message());
		String message = publisher.status().message();
		assertTrue(message.startsWith("The secure (TLS) connection to 127.0.0.1:" + broker.port() + " failed: "), message);
		assertTrue(message.contains("or turn TLS off"), message);
	}

	@Test
	void closingLeavesNoThreadBehind() throws Exception {
		ThreadCensus census = ThreadCensus.take();
		ResultPublisher publisher = ResultPublisher.start(settings(1, PayloadFormat.JSON), QUICK);
		publisher.publish(result("cat"));
		assertTrue(publisher.awaitSent(Await.PATIENCE), () -> publisher.status().message());
		assertFalse(ThreadCensus.alive("Model Bench MQTT").isEmpty());

		publisher.close();
		// The broker's own threads (Moquette's start with the first client) go with it.
		broker.stop();

		Await.until(() -> ThreadCensus.alive("Model Bench MQTT").isEmpty() && census.newNonDaemonThreads().isEmpty(),
				() -> "no thread left, got " + ThreadCensus.alive("Model Bench MQTT") + census.newNonDaemonThreads());
	}

	PushSettings settings(int qos, PayloadFormat payload) {
		return new PushSettings(broker.siotLogin(), TOPIC, qos, payload, PushRate.everyResult());
	}

	static PushSettings settingsFor(BrokerSettings login, String topic) {
		return new PushSettings(login, topic, 0, PayloadFormat.LABEL, PushRate.everyResult());
	}

	static LiveResult result(String label) {
		return LiveResult.of(label, 0.9, List.of(label, "other"), new float[] { 0.9f, 0.1f }, Instant.now(), "test");
	}

	<T extends AutoCloseable> T closeLater(T closeable) {
		toClose.add(closeable);
		return closeable;
	}

	private static void publishRange(ResultPublisher publisher, int from, int to) {
		for (String label : labels(from, to)) {
			publisher.publish(result(label));
		}
	}

	private static List<String> labels(int from, int to) {
		return IntStream.range(from, to).mapToObj(i -> "r" + i).toList();
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		List<String> all = new ArrayList<>();
		for (List<String> part : parts) {
			all.addAll(part);
		}
		return all;
	}
}
