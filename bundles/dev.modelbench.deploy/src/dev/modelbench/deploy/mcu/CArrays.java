package dev.modelbench.deploy.mcu;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntFunction;

/** C source text for constant arrays and strings, as the generated headers write them. */
final class CArrays {

	private static final int PER_LINE = 16;

	private CArrays() {
	}

	static void append(StringBuilder c, String type, String name, int length, IntFunction<String> value) {
		c.append("static const ").append(type).append(' ').append(name).append('[').append(length).append("] = {"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < length; i++) {
			c.append(i % PER_LINE == 0 ? "\n\t" : " ").append(value.apply(i)).append(','); //$NON-NLS-1$ //$NON-NLS-2$
		}
		c.append("\n};\n"); //$NON-NLS-1$
	}

	static void bytes(StringBuilder c, String name, byte[] values) {
		append(c, "int8_t", name, values.length, i -> Integer.toString(values[i])); //$NON-NLS-1$
	}

	static void ints(StringBuilder c, String name, int[] values) {
		// INT32_MIN has no literal of its own; no value here reaches it (accumulator bounds are checked).
		append(c, "int32_t", name, values.length, i -> values[i] + "L"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static void floats(StringBuilder c, String name, float[] values) {
		append(c, "float", name, values.length, i -> floatLiteral(values[i])); //$NON-NLS-1$
	}

	/** A literal that reads back as exactly this float (hexadecimal floating point, C99). */
	static String floatLiteral(float value) {
		if (value == 0) {
			return "0.0f"; //$NON-NLS-1$
		}
		return Float.toHexString(value).toLowerCase(Locale.ROOT) + "f"; //$NON-NLS-1$
	}

	/** A C string literal of {@code text} (UTF-8, non-ASCII and specials escaped as octal). */
	static String string(String text) {
		StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int u = b & 0xFF;
			if (u >= 0x20 && u < 0x7F && u != '"' && u != '\\' && u != '?') {
				out.append((char) u);
			} else {
				out.append(String.format("\\%03o", u)); //$NON-NLS-1$
			}
		}
		return out.append('"').toString();
	}
}
