package dev.modelbench.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A message that arrived on a subscribed topic.
 *
 * @param topic   the topic it was published on
 * @param payload its bytes
 * @param time    when it arrived
 */
public record ReceivedMessage(String topic, byte[] payload, Instant time) {

	/** The payload as UTF-8 text. */
	public String text() {
		return new String(payload, StandardCharsets.UTF_8);
	}
}
