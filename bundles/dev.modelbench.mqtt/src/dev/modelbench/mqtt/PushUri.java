package dev.modelbench.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.Messages;

/**
 * Reads and writes push settings as one address,
 * {@code mqtt://USER:PASSWORD@HOST:PORT/TOPIC?qos=0&payload=label&rate=every}, the form
 * {@code mosquitto_sub -L} also reads. {@code mqtts://} means TLS (port 8883 unless given). Without
 * a user the SIoT login ({@code siot}/{@code dfrobot}) is used; without a topic,
 * {@code modelbench/<project>}. A {@code @} or {@code :} in a user or password is written
 * {@code %40} or {@code %3A}.
 */
public final class PushUri {

	private static final String MQTT = "mqtt"; //$NON-NLS-1$
	private static final String MQTTS = "mqtts"; //$NON-NLS-1$
	private static final String SEPARATOR = "://"; //$NON-NLS-1$
	private static final String QOS = "qos"; //$NON-NLS-1$
	private static final String PAYLOAD = "payload"; //$NON-NLS-1$
	private static final String RATE = "rate"; //$NON-NLS-1$
	private static final String HEX = "0123456789ABCDEF"; //$NON-NLS-1$

	private PushUri() {
	}

	/**
	 * The settings an address describes.
	 *
	 * @param uri     the address, as the user wrote it
	 * @param project the project whose results are pushed, for the default topic
	 */
	public static PushSettings parse(String uri, String project) throws PushSettingsException {
		if (uri == null || uri.isBlank()) {
			throw new PushSettingsException(Messages.Uri_empty);
		}
		String text = uri.strip();
		int separator = text.indexOf(SEPARATOR);
		if (separator <= 0) {
			throw new PushSettingsException(NLS.bind(Messages.Uri_malformed, text, "no mqtt://")); //$NON-NLS-1$
		}
		String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
		if (!scheme.equals(MQTT) && !scheme.equals(MQTTS)) {
			throw new PushSettingsException(NLS.bind(Messages.Uri_scheme, text, text.substring(0, separator)));
		}
		boolean tls = scheme.equals(MQTTS);
		String rest = text.substring(separator + SEPARATOR.length());
		String query = ""; //$NON-NLS-1$
		int question = rest.indexOf('?');
		if (question >= 0) {
			query = rest.substring(question + 1);
			rest = rest.substring(0, question);
		}
		int slash = rest.indexOf('/');
		String authority = slash >= 0 ? rest.substring(0, slash) : rest;
		String topic = slash >= 0 ? decode(rest.substring(slash + 1), text) : ""; //$NON-NLS-1$

		String user = BrokerSettings.SIOT_USER;
		String password = BrokerSettings.SIOT_PASSWORD;
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			String login = authority.substring(0, at);
			authority = authority.substring(at + 1);
			int colon = login.indexOf(':');
			user = decode(colon >= 0 ? login.substring(0, colon) : login, text);
			password = colon >= 0 ? decode(login.substring(colon + 1), text) : ""; //$NON-NLS-1$
		}
		String host = authority;
		String portText = null;
		if (authority.startsWith("[")) { //$NON-NLS-1$
			int close = authority.indexOf(']');
			if (close < 0) {
				throw new PushSettingsException(NLS.bind(Messages.Uri_malformed, text, "no ] after the IPv6 address")); //$NON-NLS-1$
			}
			host = authority.substring(1, close);
			String after = authority.substring(close + 1);
			if (after.startsWith(":")) { //$NON-NLS-1$
				portText = after.substring(1);
			} else if (!after.isEmpty()) {
				throw new PushSettingsException(NLS.bind(Messages.Uri_malformed, text, after));
			}
		} else {
			int colon = authority.lastIndexOf(':');
			if (colon >= 0) {
				host = authority.substring(0, colon);
				portText = authority.substring(colon + 1);
			}
		}
		if (host.isBlank()) {
			throw new PushSettingsException(NLS.bind(Messages.Uri_noHost, text));
		}
		int port = portText == null ? (tls ? BrokerSettings.MQTT_TLS_PORT : BrokerSettings.MQTT_PORT) : port(portText, text);
		if (topic.isEmpty()) {
			topic = PushSettings.defaultTopic(project);
		}
		PushSettings.checkTopic(topic);

		PushSettings settings = PushSettings.defaults(new BrokerSettings(host, port, user, password, tls), project)
				.withTopic(topic);
		for (String option : query.split("&")) { //$NON-NLS-1$
			if (option.isEmpty()) {
				continue;
			}
			int equals = option.indexOf('=');
			String name = (equals >= 0 ? option.substring(0, equals) : option).toLowerCase(Locale.ROOT);
			String value = equals >= 0 ? decode(option.substring(equals + 1), text) : ""; //$NON-NLS-1$
			settings = switch (name) {
			case QOS -> settings.withQos(qos(value));
			case PAYLOAD -> settings.withPayload(PayloadFormat.parse(value));
			case RATE -> settings.withRate(PushRate.parse(value));
			default -> throw new PushSettingsException(NLS.bind(Messages.Uri_unknownOption, text, name));
			};
		}
		return settings;
	}

	/**
	 * The address of these settings without the password, which belongs in secure storage, not in
	 * a project file or a log. Options at their defaults are left out.
	 */
	public static String format(PushSettings settings) {
		BrokerSettings broker = settings.broker();
		StringBuilder uri = new StringBuilder(broker.tls() ? MQTTS : MQTT).append(SEPARATOR);
		if (!broker.user().isEmpty()) {
			uri.append(escape(broker.user(), "%@:/?#[] ")).append('@'); //$NON-NLS-1$
		}
		uri.append(broker.address()).append('/').append(escape(settings.topic(), "%?# ")); //$NON-NLS-1$
		List<String> options = new ArrayList<>();
		if (settings.qos() != PushSettings.DEFAULT_QOS) {
			options.add(QOS + '=' + settings.qos());
		}
		if (settings.payload() != PayloadFormat.LABEL) {
			options.add(PAYLOAD + '=' + settings.payload().keyword());
		}
		if (settings.rate().mode() != PushRate.Mode.EVERY_RESULT) {
			options.add(RATE + '=' + settings.rate().keyword());
		}
		if (!options.isEmpty()) {
			uri.append('?').append(String.join("&", options)); //$NON-NLS-1$
		}
		return uri.toString();
	}

	private static int port(String text, String uri) throws PushSettingsException {
		try {
			int port = Integer.parseInt(text);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new PushSettingsException(NLS.bind(Messages.Uri_badPort, uri));
	}

	private static int qos(String text) throws PushSettingsException {
		return switch (text.strip()) {
		case "0" -> 0; //$NON-NLS-1$
		case "1" -> 1; //$NON-NLS-1$
		case "2" -> 2; //$NON-NLS-1$
		default -> throw new PushSettingsException(NLS.bind(Messages.Uri_badQos, text));
		};
	}

	/** Undoes %XX escapes (UTF-8); unlike form decoding, leaves {@code +} as it is. */
	private static String decode(String text, String uri) throws PushSettingsException {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
				int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
				if (low < 0) {
					throw new PushSettingsException(NLS.bind(Messages.Uri_badEscape, uri));
				}
				bytes.write(high << 4 | low);
				i += 2;
			} else {
				byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(utf8);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String escape(String text, String reserved) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (reserved.indexOf(c) >= 0) {
				escaped.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
			} else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
