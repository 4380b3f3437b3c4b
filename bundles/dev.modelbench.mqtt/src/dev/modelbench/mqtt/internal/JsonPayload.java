package dev.modelbench.mqtt.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import dev.modelbench.mqtt.LiveResult;

/**
 * A result as one line of JSON, {@code {"label","confidence","probabilities","time","model"}}, so
 * a subscriber that reads line by line gets one result per line. Gson writes it (compact, so any
 * line break in a label is escaped).
 */
public final class JsonPayload {

	private JsonPayload() {
	}

	public static String encode(LiveResult result) {
		StringWriter text = new StringWriter(64 + 24 * result.probabilities().size());
		try (JsonWriter json = new JsonWriter(text)) {
			json.beginObject();
			json.name("label").value(result.label()); //$NON-NLS-1$
			number(json.name("confidence"), result.confidence()); //$NON-NLS-1$
			json.name("probabilities").beginObject(); //$NON-NLS-1$
			for (Map.Entry<String, Double> entry : result.probabilities().entrySet()) {
				number(json.name(entry.getKey()), entry.getValue());
			}
			json.endObject();
			json.name("time").value(result.time().toString()); //$NON-NLS-1$
			json.name("model").value(result.model()); //$NON-NLS-1$
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	/**
	 * Probabilities mostly come from float outputs; written as floats they read 0.93, not
	 * 0.9300000071525574. JSON has no NaN or infinity, so those become null.
	 */
	private static void number(JsonWriter json, Double value) throws IOException {
		if (value == null || value.isNaN() || value.isInfinite()) {
			json.nullValue();
		} else if ((double) (float) value.doubleValue() == value) {
			json.value(Float.valueOf(value.floatValue()));
		} else {
			json.value(value);
		}
	}
}
