package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettingsException;

class PushRateTest {

	@Test
	void readsEveryChangeAndPerSecondRates() throws Exception {
		assertEquals(PushRate.everyResult(), PushRate.parse("every"));
		assertEquals(PushRate.onLabelChange(), PushRate.parse("CHANGE"));
		assertEquals(PushRate.atMost(5), PushRate.parse("5/s"));
		assertEquals(PushRate.atMost(0.5), PushRate.parse("0.5"));
	}

	@Test
	void writesWhatItReads() throws Exception {
		for (String keyword : new String[] { "every", "change", "5/s", "2.5/s" }) {
			assertEquals(keyword, PushRate.parse(keyword).keyword());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "often", "0/s", "-2/s", "NaN", "Infinity/s", "" })
	void refusesRatesThatAreNoRate(String rate) {
		assertThrows(PushSettingsException.class, () -> PushRate.parse(rate));
	}
}
