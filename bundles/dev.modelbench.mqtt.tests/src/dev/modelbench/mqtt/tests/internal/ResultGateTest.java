package dev.modelbench.mqtt.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.internal.ResultGate;

class ResultGateTest {

	private static final long MS = 1_000_000;

	@Test
	void everyResultGoesOut() {
		ResultGate gate = new ResultGate(PushRate.everyResult());

		assertTrue(Stream.of("a", "a", "a").allMatch(label -> gate.admit(result(label), 0)));
		assertEquals(0, gate.skipped());
	}

	@Test
	void onLabelChangeOnlyChangesGoOut() {
		ResultGate gate = new ResultGate(PushRate.onLabelChange());

		List<Boolean> admitted = Stream.of("cat", "cat", "dog", "dog", "dog", "cat")
				.map(label -> gate.admit(result(label), 0)).toList();

		assertEquals(List.of(true, false, true, false, false, true), admitted);
		assertEquals(3, gate.skipped());
	}

	@Test
	void atMostNPerSecondHoldsTheNewestUntilItsTurn() {
		ResultGate gate = new ResultGate(PushRate.atMost(10));
		LiveResult first = result("a");
		LiveResult second = result("b");
		LiveResult third = result("c");

		assertTrue(gate.admit(first, 1000 * MS));
		assertFalse(gate.admit(second, 1010 * MS));
		assertFalse(gate.admit(third, 1020 * MS));

		assertEquals(1, gate.skipped(), "the second was superseded by the third");
		assertTrue(gate.holding());
		assertEquals(80 * MS, gate.nanosUntilDue(1020 * MS));
		assertNull(gate.takeDue(1099 * MS));
		assertSame(third, gate.takeDue(1100 * MS));
		assertFalse(gate.holding());
		assertEquals(Long.MAX_VALUE, gate.nanosUntilDue(1100 * MS));
	}

	@Test
	void atMostNPerSecondLetsAResultThroughOnceItsIntervalHasPassed() {
		ResultGate gate = new ResultGate(PushRate.atMost(10));

		assertTrue(gate.admit(result("a"), 0));
		assertTrue(gate.admit(result("b"), 100 * MS));
		assertFalse(gate.admit(result("c"), 150 * MS));
	}

	private static LiveResult result(String label) {
		return new LiveResult(label, 1, Map.of(label, 1.0), Instant.EPOCH, "m");
	}
}
