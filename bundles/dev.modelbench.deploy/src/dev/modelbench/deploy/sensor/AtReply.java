package dev.modelbench.deploy.sensor;

import java.util.Map;
import java.util.Optional;

/**
 * One reply of a board that speaks SSCMA's AT protocol: {@code \r{"type":..,"name":..,"code":..,"data":..}\n}.
 *
 * @param type      0 an answer to a command, 1 an event (a frame, a result), 2 a log line
 * @param name      the command it belongs to, e.g. {@code ID?} or {@code SAMPLE}; a tag, if any, removed
 * @param code      0 for success, else SSCMA's error code
 * @param data      what it carries: a map, list, string or number
 * @param completed when its last byte was read ({@link System#nanoTime()})
 */
public record AtReply(int type, String name, int code, Object data, long completed) {

	public static final int OPERATION = 0;
	public static final int EVENT = 1;
	public static final int LOG = 2;

	/** The reply to the command {@code command} (e.g. {@code NAME?}), tagged or not. */
	public boolean answers(String command) {
		return type == OPERATION && name.equals(command);
	}

	/** The entry {@code key} of an object {@code data}, if it has one. */
	public Optional<Object> field(String key) {
		return data instanceof Map<?, ?> map ? Optional.ofNullable(map.get(key)) : Optional.empty();
	}

	/** The entry {@code key} as a string, if it is one. */
	public Optional<String> text(String key) {
		return field(key).filter(String.class::isInstance).map(String.class::cast);
	}

	/** The entry {@code key} as a whole number, if it is one. */
	public Optional<Long> number(String key) {
		return field(key).filter(Long.class::isInstance).map(Long.class::cast);
	}

	/**
	 * The reply of one line of JSON, or empty when it is not an SSCMA reply.
	 *
	 * @throws Json.MalformedException when it is not JSON at all
	 */
	static Optional<AtReply> parse(String json, long completed) throws Json.MalformedException {
		if (!(Json.parse(json) instanceof Map<?, ?> map) || !(map.get("type") instanceof Long type) //$NON-NLS-1$
				|| !(map.get("name") instanceof String name) || !(map.get("code") instanceof Long code)) { //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.empty();
		}
		int at = name.lastIndexOf('@');
		return Optional.of(new AtReply(type.intValue(), at < 0 ? name : name.substring(at + 1), code.intValue(),
				map.get("data"), completed)); //$NON-NLS-1$
	}
}
