package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.TopicSubscriber;
import dev.modelbench.mqtt.tests.fixtures.Await;
import dev.modelbench.mqtt.tests.fixtures.EmbeddedTestBroker;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.TestBroker;

/**
 * The push load benchmark, not a unit test (its name keeps it out of the test run): 10,000 results
 * pushed as fast as a loop can make them, to mosquitto and to the embedded broker, at QoS 0 and 1,
 * then 1,000 at a live loop's pace, received by a subscriber in the same JVM so that one clock
 * times both ends. Reports messages a
 * second, end-to-end latency (publish call to arrival, so queueing included) and losses: results
 * dropped from the queue as stale, and results sent but never received, which QoS 0 allows and
 * QoS 1 does not (with a queue that holds the burst, no result may go missing at QoS 1). Run it with the command in README.md; the table goes to the console
 * and to target/benchmark/mqtt-push-load.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushLoadBenchmark {

	private static final int RESULTS = 10_000;
	private static final String TOPIC = "bench/load";
	private static final StringBuilder TABLE = new StringBuilder(String.format(Locale.ROOT,
			"%-10s %3s %6s %8s %8s %8s %6s %9s %8s %8s %8s%n", "broker", "qos", "queue", "offered", "received",
			"dropped", "lost", "msg/s", "p50 ms", "p99 ms", "max ms"));

	@TempDir
	static Path temp;

	private static Mosquitto mosquitto;
	private static EmbeddedTestBroker embedded;

	@BeforeAll
	static void startBrokers() throws Exception {
		mosquitto = Mosquitto.start(temp);
		embedded = EmbeddedTestBroker.start();
	}

	@AfterAll
	static void stopBrokersAndReport() throws IOException {
		mosquitto.close();
		embedded.close();
		String report = "Push load benchmark, " + Runtime.getRuntime().availableProcessors()
				+ " cores, Java " + Runtime.version() + "\n" + TABLE;
		System.out.println(report);
		Path out = Path.of("target", "benchmark", "mqtt-push-load.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	@Test
	@Order(1)
	void mosquittoQos0() throws Exception {
		run("mosquitto", mosquitto, 0, RESULTS, RESULTS, 0);
	}

	@Test
	@Order(2)
	void mosquittoQos1LosesNothing() throws Exception {
		Run run = run("mosquitto", mosquitto, 1, RESULTS, RESULTS, 0);
		assertEquals(RESULTS, run.received());
	}

	@Test
	@Order(3)
	void embeddedQos0() throws Exception {
		run("embedded", embedded, 0, RESULTS, RESULTS, 0);
	}

	@Test
	@Order(4)
	void embeddedQos1LosesNothing() throws Exception {
		Run run = run("embedded", embedded, 1, RESULTS, RESULTS, 0);
		assertEquals(RESULTS, run.received());
	}

	@Test
	@Order(5)
	void mosquittoQos0WithTheDefaultQueue() throws Exception {
		run("mosquitto", mosquitto, 0, DeliveryOptions.DEFAULT.queueCapacity(), RESULTS, 0);
	}

	/** What a live loop sees: 100 results a second (a fast webcam loop makes 30), so no queueing. */
	@Test
	@Order(6)
	void mosquittoQos1AtALiveRate() throws Exception {
		Run run = run("mosquitto", mosquitto, 1, DeliveryOptions.DEFAULT.queueCapacity(), 1000, 100);
		assertEquals(1000, run.received());
	}

	@Test
	@Order(7)
	void embeddedQos1AtALiveRate() throws Exception {
		Run run = run("embedded", embedded, 1, DeliveryOptions.DEFAULT.queueCapacity(), 1000, 100);
		assertEquals(1000, run.received());
	}

	private record Run(int received, long dropped) {
	}

	/**
	 * Pushes {@code count} results, {@code perSecond} a second or (0) as fast as the loop goes, and
	 * adds a row to the table.
	 */
	private static Run run(String name, TestBroker broker, int qos, int queue, int count, int perSecond)
			throws Exception {
		long[] published = new long[count];
		AtomicLongArray arrived = new AtomicLongArray(count);
		AtomicInteger received = new AtomicInteger();
		AtomicInteger outOfOrder = new AtomicInteger();
		AtomicInteger last = new AtomicInteger(-1);
		DeliveryOptions options = DeliveryOptions.DEFAULT.withQueueCapacity(queue);
		try (TopicSubscriber subscriber = TopicSubscriber.open(broker.siotLogin(), TOPIC, qos, message -> {
			long now = System.nanoTime();
			String text = message.text();
			if (text.startsWith("r")) {
				int index = Integer.parseInt(text.substring(1));
				arrived.set(index, now);
				received.incrementAndGet();
				if (index < last.getAndSet(index)) {
					outOfOrder.incrementAndGet();
				}
			}
		}, options);
				ResultPublisher publisher = ResultPublisher.start(
						new PushSettings(broker.siotLogin(), TOPIC, qos, PayloadFormat.LABEL, PushRate.everyResult()),
						options)) {
			Await.until(() -> subscriber.status().state() == ConnectionState.CONNECTED
					&& publisher.status().state() == ConnectionState.CONNECTED, () -> "both connected");
			warmUp(publisher);
			long sentBefore = publisher.sentCount();
			long droppedBefore = publisher.droppedCount();
			List<String> labels = IntStream.range(0, count).mapToObj(i -> "r" + i).toList();
			Instant time = Instant.now();
			long start = System.nanoTime();
			long interval = perSecond == 0 ? 0 : 1_000_000_000L / perSecond;

			for (int i = 0; i < count; i++) {
				while (System.nanoTime() - start < i * interval) {
					Thread.onSpinWait();
				}
				published[i] = System.nanoTime();
				publisher.publish(new LiveResult(labels.get(i), 0.9, Map.of(), time, "bench"));
			}

			assertTrue(publisher.awaitSent(Duration.ofMinutes(2)), () -> publisher.status().message());
			long sent = publisher.sentCount() - sentBefore;
			awaitQuiet(received, sent);
			long[] latencies = new long[received.get()];
			long lastArrival = 0;
			int n = 0;
			for (int i = 0; i < count; i++) {
				long at = arrived.get(i);
				if (at != 0 && n < latencies.length) {
					latencies[n++] = at - published[i];
					lastArrival = Math.max(lastArrival, at);
				}
			}
			Arrays.sort(latencies, 0, n);
			long dropped = publisher.droppedCount() - droppedBefore;
			long lost = count - dropped - received.get();
			double seconds = (lastArrival - published[0]) / 1e9;
			TABLE.append(String.format(Locale.ROOT, "%-10s %3d %6d %8s %8d %8d %6d %9.0f %8.1f %8.1f %8.1f%n", name, qos,
					queue, count + (perSecond == 0 ? "" : "@" + perSecond + "/s"), received.get(), dropped, lost, received.get() / seconds, millis(latencies, n, 0.50),
					millis(latencies, n, 0.99), millis(latencies, n, 1.0)));
			assertEquals(0, outOfOrder.get(), "results arrived out of order");
			if (qos > 0) {
				assertEquals(0, lost, "results sent at QoS " + qos + " but not received");
			}
			return new Run(received.get(), dropped);
		}
	}

	/**
	 * Waits until all {@code sent} arrived, or none has for a second: at QoS 0 a broker may drop
	 * messages to a subscriber that falls behind, and those count as lost.
	 */
	private static void awaitQuiet(AtomicInteger received, long sent) throws InterruptedException {
		int seen = -1;
		long quietSince = System.nanoTime();
		while (received.get() < sent && System.nanoTime() - quietSince < 1_000_000_000L) {
			if (received.get() != seen) {
				seen = received.get();
				quietSince = System.nanoTime();
			}
			Thread.sleep(10);
		}
	}

	/** A few hundred results first, so that class loading and JIT do not count. */
	private static void warmUp(ResultPublisher publisher) throws InterruptedException {
		for (int i = 0; i < 500; i++) {
			publisher.publish(new LiveResult("warm-up", 0.9, Map.of(), Instant.now(), "bench"));
		}
		publisher.awaitSent(Duration.ofSeconds(30));
		Thread.sleep(300);
	}

	private static double millis(long[] sorted, int n, double quantile) {
		if (n == 0) {
			return Double.NaN;
		}
		int index = Math.min(n - 1, (int) Math.ceil(quantile * n) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}
