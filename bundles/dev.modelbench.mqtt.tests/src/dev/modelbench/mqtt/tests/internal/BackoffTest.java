package dev.modelbench.mqtt.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.internal.Backoff;

class BackoffTest {

	@Test
	void pausesDoubleUpToTheCap() {
		Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));

		List<Long> pauses = Stream.generate(backoff::next).limit(7).map(Duration::toMillis).toList();

		assertEquals(List.of(500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L), pauses);
	}

	@Test
	void aSuccessStartsTheNextFailureFromTheFirstPause() {
		Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
		backoff.next();
		backoff.next();

		backoff.reset();

		assertEquals(Duration.ofMillis(100), backoff.next());
	}
}
