package dev.modelbench.ui.capture;

import java.util.List;
import java.util.function.Function;

/**
 * Which device a camera or microphone chooser picks once it has listed them: a board's sensor when
 * the user asked to record from a board, else the one chosen last time, else the first.
 */
final class DeviceChoice {

	private DeviceChoice() {
	}

	/** @return the index in {@code listed}, or -1 when a board was asked for and none is listed */
	static <T> int index(List<T> listed, Function<T, String> name, String preferred, boolean board) {
		int index = board ? -1 : 0;
		for (int i = listed.size() - 1; i >= 0; i--) {
			T device = listed.get(i);
			if (board ? device instanceof BoardInput : name.apply(device).equals(preferred)) {
				index = i;
			}
		}
		return index;
	}
}
