package dev.modelbench.deploy.sensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of an SSCMA reply: objects become maps, arrays lists, numbers {@link Long} or
 * {@link Double}. Small on purpose: the replies are flat and the platform has no JSON reader.
 */
final class Json {

	/** Text that is not JSON; the reply that carried it is dropped. */
	static final class MalformedException extends Exception {

		private static final long serialVersionUID = 1L;

		MalformedException(String message) {
			super(message);
		}
	}

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** The value {@code text} holds, nothing after it but white space. */
	static Object parse(String text) throws MalformedException {
		Json json = new Json(text);
		Object value = json.value();
		json.skipSpace();
		if (json.at != text.length()) {
			throw json.error("text after the value"); //$NON-NLS-1$
		}
		return value;
	}

	private Object value() throws MalformedException {
		skipSpace();
		if (at >= text.length()) {
			throw error("end of text"); //$NON-NLS-1$
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE); //$NON-NLS-1$
		case 'f':
			return literal("false", Boolean.FALSE); //$NON-NLS-1$
		case 'n':
			return literal("null", null); //$NON-NLS-1$
		default:
			return number();
		}
	}

	private Map<String, Object> object() throws MalformedException {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		skipSpace();
		if (peek() == '}') {
			at++;
			return map;
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("a key"); //$NON-NLS-1$
			}
			String key = string();
			skipSpace();
			expect(':');
			map.put(key, value());
			skipSpace();
			if (peek() == ',') {
				at++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() throws MalformedException {
		List<Object> list = new ArrayList<>();
		at++;
		skipSpace();
		if (peek() == ']') {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				at++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() throws MalformedException {
		at++;
		int start = at;
		// The long strings are base64, without escapes: take them in one piece.
		while (at < text.length() && text.charAt(at) != '"' && text.charAt(at) != '\\') {
			at++;
		}
		if (at < text.length() && text.charAt(at) == '"') {
			return text.substring(start, at++);
		}
		StringBuilder s = new StringBuilder(text.substring(start, at));
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '"') {
				return s.toString();
			}
			if (c != '\\') {
				s.append(c);
				continue;
			}
			if (at >= text.length()) {
				break;
			}
			char e = text.charAt(at++);
			switch (e) {
			case 'n' -> s.append('\n');
			case 'r' -> s.append('\r');
			case 't' -> s.append('\t');
			case 'b' -> s.append('\b');
			case 'f' -> s.append('\f');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("four hex digits"); //$NON-NLS-1$
				}
				try {
					s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				} catch (NumberFormatException x) {
					throw error("four hex digits"); //$NON-NLS-1$
				}
				at += 4;
			}
			default -> s.append(e);
			}
		}
		throw error("the end of a string"); //$NON-NLS-1$
	}

	private Object number() throws MalformedException {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
			at++;
		}
		String digits = text.substring(start, at);
		try {
			if (digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0) {
				return Long.valueOf(digits);
			}
			return Double.valueOf(digits);
		} catch (NumberFormatException e) {
			throw error("a value"); //$NON-NLS-1$
		}
	}

	private Object literal(String word, Object value) throws MalformedException {
		if (!text.startsWith(word, at)) {
			throw error(word);
		}
		at += word.length();
		return value;
	}

	private void expect(char c) throws MalformedException {
		if (peek() != c) {
			throw error("'" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private MalformedException error(String expected) {
		return new MalformedException("expected " + expected + " at " + at); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
