package dev.modelbench.train.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes JSON in the order it is told, indented two spaces per level, so reports diff well and
 * their field order is stable. Gson does the writing and the escaping; this adds what reports need
 * on top: NaN as null, number rows on one line, an embedded document as it is.
 */
public final class JsonWriter {

	/** Plain JSON strings: no HTML escapes, which YAML readers would not expect. */
	private static final Gson STRINGS = new GsonBuilder().disableHtmlEscaping().create();

	private final com.google.gson.stream.JsonWriter json;
	private final Appendable out;

	public JsonWriter(Appendable out) {
		this.out = out;
		this.json = new com.google.gson.stream.JsonWriter(new AppendableWriter(out));
		json.setIndent("  "); //$NON-NLS-1$
	}

	public JsonWriter beginObject() {
		return write(json::beginObject);
	}

	public JsonWriter endObject() {
		return write(json::endObject);
	}

	public JsonWriter beginArray() {
		return write(json::beginArray);
	}

	public JsonWriter endArray() {
		return write(json::endArray);
	}

	public JsonWriter name(String name) {
		return write(() -> json.name(name));
	}

	public JsonWriter value(String value) {
		return write(() -> json.value(value));
	}

	public JsonWriter value(long value) {
		return write(() -> json.value(value));
	}

	/** NaN and infinities have no JSON form: they are written as null ("undefined"). */
	public JsonWriter value(double value) {
		return write(() -> {
			if (Double.isFinite(value)) {
				json.value(value);
			} else {
				json.nullValue();
			}
		});
	}

	public JsonWriter value(boolean value) {
		return write(() -> json.value(value));
	}

	public JsonWriter field(String name, String value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, long value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, double value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, boolean value) {
		return name(name).value(value);
	}

	/** A value that is already JSON, e.g. another document, written as it is. */
	public JsonWriter raw(String document) {
		return write(() -> json.jsonValue(document.strip()));
	}

	/** Writes numbers as an array on one line: matrix rows read better that way. */
	public JsonWriter inlineArray(int[] values) {
		StringBuilder text = new StringBuilder("["); //$NON-NLS-1$
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ", ").append(values[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return write(() -> json.jsonValue(text.append(']').toString()));
	}

	/** Ends the document with a line break ("\n" on every system, so files compare equal). */
	public void finish() {
		write(() -> out.append('\n'));
	}

	/**
	 * {@code text} as a JSON string literal, quotes included. Also a valid YAML double-quoted
	 * scalar, which is what exports that write YAML use it for.
	 */
	public static String quoted(String text) {
		return STRINGS.toJson(text);
	}

	private JsonWriter write(Step step) {
		try {
			step.run();
		} catch (IOException e) {
			// Unwrapped again by the public writer, which declares IOException.
			throw new UncheckedIOException(e);
		}
		return this;
	}

	@FunctionalInterface
	private interface Step {
		void run() throws IOException;
	}

	/** Gson writes to a {@link Writer}; reports are built in a StringBuilder as often as in a file. */
	private static final class AppendableWriter extends Writer {

		private final Appendable out;

		AppendableWriter(Appendable out) {
			this.out = out;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			out.append(text, offset, offset + length);
		}

		@Override
		public void flush() {
			// The Appendable's owner flushes it.
		}

		@Override
		public void close() {
			// The Appendable's owner closes it.
		}
	}
}
