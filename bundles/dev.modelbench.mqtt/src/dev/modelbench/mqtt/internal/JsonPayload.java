package dev.modelbench.mqtt.internal;

import java.util.Map;

import dev.modelbench.mqtt.LiveResult;

/**
 * A result as one line of JSON, {@code {"label","confidence","probabilities","time","model"}}, so
 * a subscriber that reads line by line gets one result per line. No JSON library is in the target
 * platform, and a flat object needs none.
 */
public final class JsonPayload {

	private JsonPayload() {
	}

	public static String encode(LiveResult result) {
		StringBuilder json = new StringBuilder(64 + 24 * result.probabilities().size());
		json.append("{\"label\":"); //$NON-NLS-1$
		string(json, result.label());
		json.append(",\"confidence\":"); //$NON-NLS-1$
		number(json, result.confidence());
		json.append(",\"probabilities\":{"); //$NON-NLS-1$
		boolean first = true;
		for (Map.Entry<String, Double> entry : result.probabilities().entrySet()) {
			if (!first) {
				json.append(',');
			}
			first = false;
			string(json, entry.getKey());
			json.append(':');
			number(json, entry.getValue());
		}
		json.append("},\"time\":"); //$NON-NLS-1$
		string(json, result.time().toString());
		json.append(",\"model\":"); //$NON-NLS-1$
		string(json, result.model());
		return json.append('}').toString();
	}

	/**
	 * Probabilities mostly come from float outputs; written as floats they read 0.93, not
	 * 0.9300000071525574. JSON has no NaN or infinity, so those become null.
	 */
	private static void number(StringBuilder json, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			json.append("null"); //$NON-NLS-1$
		} else if ((double) (float) value.doubleValue() == value) {
			json.append(Float.toString(value.floatValue()));
		} else {
			json.append(value.toString());
		}
	}

	private static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\""); //$NON-NLS-1$
			case '\\' -> json.append("\\\\"); //$NON-NLS-1$
			case '\n' -> json.append("\\n"); //$NON-NLS-1$
			case '\r' -> json.append("\\r"); //$NON-NLS-1$
			case '\t' -> json.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					json.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					json.append(c);
				}
			}
			}
		}
		json.append('"');
	}
}
