package dev.modelbench.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.Messages;

/**
 * Where live results go and in what form: the broker, the topic (SIoT names them
 * {@code project/device}, for example {@code ailab/s01}), the QoS, the payload and the rate.
 *
 * @param broker  the broker and its login
 * @param topic   the topic results are published on
 * @param qos     MQTT quality of service: 0 (SIoT's; a lost result is soon replaced by the next),
 *                1 or 2
 * @param payload what one message holds
 * @param rate    which results are pushed
 */
public record PushSettings(BrokerSettings broker, String topic, int qos, PayloadFormat payload, PushRate rate) {

	/** SIoT's QoS: live results go stale, so a lost one is not worth a resend. */
	public static final int DEFAULT_QOS = 0;
	private static final String TOPIC_PREFIX = "modelbench/"; //$NON-NLS-1$
	private static final int MAX_TOPIC_BYTES = 65535;

	public PushSettings {
		Objects.requireNonNull(broker, "broker"); //$NON-NLS-1$
		Objects.requireNonNull(payload, "payload"); //$NON-NLS-1$
		Objects.requireNonNull(rate, "rate"); //$NON-NLS-1$
		if (qos < 0 || qos > 2) {
			throw new IllegalArgumentException("qos must be 0, 1 or 2: " + qos); //$NON-NLS-1$
		}
		try {
			checkTopic(topic);
		} catch (PushSettingsException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/** The label of every result on {@code modelbench/<project>} at QoS 0. */
	public static PushSettings defaults(BrokerSettings broker, String project) {
		return new PushSettings(broker, defaultTopic(project), DEFAULT_QOS, PayloadFormat.LABEL, PushRate.everyResult());
	}

	/**
	 * {@code modelbench/<project>}; characters a topic may not hold ({@code + # /} and NUL) become
	 * {@code -}, so that each project gets exactly one topic level.
	 */
	public static String defaultTopic(String project) {
		String name = project == null || project.isBlank() ? "results" : project.strip(); //$NON-NLS-1$
		return TOPIC_PREFIX + name.replaceAll("[+#/\u0000]", "-"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Throws unless {@code topic} is one that results can be published on. */
	public static void checkTopic(String topic) throws PushSettingsException {
		if (topic == null || topic.isEmpty()) {
			throw new PushSettingsException(Messages.Topic_empty);
		}
		if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0 || topic.indexOf('\u0000') >= 0) {
			throw new PushSettingsException(NLS.bind(Messages.Topic_wildcard, topic));
		}
		if (topic.getBytes(StandardCharsets.UTF_8).length > MAX_TOPIC_BYTES) {
			throw new PushSettingsException(NLS.bind(Messages.Topic_tooLong, topic.substring(0, 40) + "...")); //$NON-NLS-1$
		}
	}

	public PushSettings withBroker(BrokerSettings newBroker) {
		return new PushSettings(newBroker, topic, qos, payload, rate);
	}

	public PushSettings withTopic(String newTopic) {
		return new PushSettings(broker, newTopic, qos, payload, rate);
	}

	public PushSettings withQos(int newQos) {
		return new PushSettings(broker, topic, newQos, payload, rate);
	}

	public PushSettings withPayload(PayloadFormat newPayload) {
		return new PushSettings(broker, topic, qos, newPayload, rate);
	}

	public PushSettings withRate(PushRate newRate) {
		return new PushSettings(broker, topic, qos, payload, newRate);
	}
}
