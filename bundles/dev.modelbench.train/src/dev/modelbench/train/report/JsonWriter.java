package dev.modelbench.train.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON in the order it is told, indented two spaces per level, so reports diff well and
 * their field order is stable. No JSON library is in the target platform, and this is all the
 * reports and export metadata need.
 */
public final class JsonWriter {

	private final Appendable out;
	private int depth;
	/** Whether the current container has no member yet (no comma needed). */
	private boolean first = true;
	/** Whether a name was just written, so the value follows on the same line. */
	private boolean afterName;

	public JsonWriter(Appendable out) {
		this.out = out;
	}

	public JsonWriter beginObject() {
		return open('{');
	}

	public JsonWriter endObject() {
		return close('}');
	}

	public JsonWriter beginArray() {
		return open('[');
	}

	public JsonWriter endArray() {
		return close(']');
	}

	public JsonWriter name(String name) {
		separate();
		string(name);
		write(": "); //$NON-NLS-1$
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			write("null"); //$NON-NLS-1$
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) {
		separate();
		write(Long.toString(value));
		return this;
	}

	/** NaN and infinities have no JSON form: they are written as null ("undefined"). */
	public JsonWriter value(double value) {
		separate();
		write(Double.isFinite(value) ? Double.toString(value) : "null"); //$NON-NLS-1$
		return this;
	}

	public JsonWriter value(boolean value) {
		separate();
		write(Boolean.toString(value));
		return this;
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

	/** Writes numbers as an array on one line: matrix rows read better that way. */
	/** A value that is already JSON, e.g. another document, written as it is. */
	public JsonWriter raw(String json) {
		separate();
		write(json.strip());
		return this;
	}

	public JsonWriter inlineArray(int[] values) {
		separate();
		StringBuilder text = new StringBuilder("["); //$NON-NLS-1$
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ", ").append(values[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		write(text.append(']').toString());
		return this;
	}

	/** Ends the document with a line break ("\n" on every system, so files compare equal). */
	public void finish() {
		write("\n"); //$NON-NLS-1$
	}

	private JsonWriter open(char bracket) {
		separate();
		write(String.valueOf(bracket));
		depth++;
		first = true;
		return this;
	}

	private JsonWriter close(char bracket) {
		depth--;
		if (!first) {
			newline();
		}
		write(String.valueOf(bracket));
		first = false;
		return this;
	}

	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (depth > 0) {
			if (!first) {
				write(","); //$NON-NLS-1$
			}
			newline();
		}
		first = false;
	}

	private void newline() {
		write("\n"); //$NON-NLS-1$
		write("  ".repeat(depth)); //$NON-NLS-1$
	}

	private void string(String text) {
		write(quoted(text));
	}

	/**
	 * {@code text} as a JSON string literal, quotes included. Also a valid YAML double-quoted
	 * scalar, which is what exports that write YAML use it for.
	 */
	public static String quoted(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> quoted.append("\\\""); //$NON-NLS-1$
			case '\\' -> quoted.append("\\\\"); //$NON-NLS-1$
			case '\n' -> quoted.append("\\n"); //$NON-NLS-1$
			case '\r' -> quoted.append("\\r"); //$NON-NLS-1$
			case '\t' -> quoted.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					quoted.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}

	private void write(String text) {
		try {
			out.append(text);
		} catch (IOException e) {
			// Unwrapped again by the public writer, which declares IOException.
			throw new UncheckedIOException(e);
		}
	}
}
