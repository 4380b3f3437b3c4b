package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushSettingsException;

class PayloadFormatTest {

	private static final Instant TIME = Instant.parse("2025-03-04T10:15:30.250Z");

	@Test
	void theLabelPayloadIsTheLabelAloneInUtf8() {
		LiveResult result = LiveResult.of("Kätzchen", 0.9, List.of("Kätzchen", "Hund"), new float[] { 0.9f, 0.1f }, TIME,
				"pets");

		assertArrayEquals("Kätzchen".getBytes(StandardCharsets.UTF_8), PayloadFormat.LABEL.encode(result));
	}

	@Test
	void theJsonPayloadHoldsLabelConfidenceProbabilitiesInClassOrderTimeAndModel() {
		LiveResult result = LiveResult.of("dog", 0.75f, List.of("dog", "cat", "background"),
				new float[] { 0.75f, 0.2f, 0.05f }, TIME, "pets");

		assertEquals("{\"label\":\"dog\",\"confidence\":0.75,\"probabilities\":{\"dog\":0.75,\"cat\":0.2,"
				+ "\"background\":0.05},\"time\":\"2025-03-04T10:15:30.250Z\",\"model\":\"pets\"}",
				new String(PayloadFormat.JSON.encode(result), StandardCharsets.UTF_8));
	}

	@Test
	void theJsonPayloadEscapesQuotesAndControlCharactersAndWritesNaNAsNull() {
		Map<String, Double> probabilities = new LinkedHashMap<>();
		probabilities.put("say \"hi\"\n", Double.NaN);
		probabilities.put("a\\b\u0001", 0.123456789);
		LiveResult result = new LiveResult("say \"hi\"\n", Double.NaN, probabilities, TIME, null);

		assertEquals("{\"label\":\"say \\\"hi\\\"\\n\",\"confidence\":null,\"probabilities\":{\"say \\\"hi\\\"\\n\":null,"
				+ "\"a\\\\b\\u0001\":0.123456789},\"time\":\"2025-03-04T10:15:30.250Z\",\"model\":\"\"}",
				new String(PayloadFormat.JSON.encode(result), StandardCharsets.UTF_8));
	}

	@Test
	void formatsAreNamedLabelAndJson() throws Exception {
		assertEquals(PayloadFormat.JSON, PayloadFormat.parse("Json"));
		assertEquals(PayloadFormat.LABEL, PayloadFormat.parse(" label "));
		assertEquals("json", PayloadFormat.JSON.keyword());
		assertThrows(PushSettingsException.class, () -> PayloadFormat.parse("text"));
	}

	@Test
	void aResultNeedsAProbabilityForEachClass() {
		assertThrows(IllegalArgumentException.class,
				() -> LiveResult.of("a", 1, List.of("a", "b"), new float[] { 1f }, TIME, "m"));
	}
}
