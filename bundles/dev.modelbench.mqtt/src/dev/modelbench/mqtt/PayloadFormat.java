package dev.modelbench.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.JsonPayload;
import dev.modelbench.mqtt.internal.Messages;

/** What one message on the topic holds. */
public enum PayloadFormat {

	/** The label alone, as UTF-8 text: what Mind+ and SIoT programs on boards compare against. */
	LABEL {
		@Override
		public byte[] encode(LiveResult result) {
			return result.label().getBytes(StandardCharsets.UTF_8);
		}
	},

	/** One JSON object: {@code {"label","confidence","probabilities","time","model"}}. */
	JSON {
		@Override
		public byte[] encode(LiveResult result) {
			return JsonPayload.encode(result).getBytes(StandardCharsets.UTF_8);
		}
	};

	/** The bytes of the message that carries this result. */
	public abstract byte[] encode(LiveResult result);

	/** The name used on the command line and in addresses: {@code label} or {@code json}. */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format named {@code label} or {@code json} (any case). */
	public static PayloadFormat parse(String keyword) throws PushSettingsException {
		for (PayloadFormat format : values()) {
			if (format.keyword().equalsIgnoreCase(keyword.strip())) {
				return format;
			}
		}
		throw new PushSettingsException(NLS.bind(Messages.Payload_unknown, keyword));
	}
}
