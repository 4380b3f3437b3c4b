package dev.modelbench.deploy.sketch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the board does for each class: the user's choice in the Deploy perspective. Classes without an
 * entry are ignored, and results below {@code minConfidence} change nothing.
 *
 * @param actions       class name to the actions done, in order, when it is recognised
 * @param minConfidence 0 to 1
 */
public record ActionMap(Map<String, List<BoardAction>> actions, double minConfidence) {

	public ActionMap {
		if (minConfidence < 0 || minConfidence > 1) {
			throw new IllegalArgumentException("confidence is 0 to 1: " + minConfidence); //$NON-NLS-1$
		}
		Map<String, List<BoardAction>> copy = new LinkedHashMap<>();
		actions.forEach((label, list) -> copy.put(label, List.copyOf(list)));
		actions = java.util.Collections.unmodifiableMap(copy);
	}

	/** A map that acts on any confidence. */
	public static ActionMap of(Map<String, List<BoardAction>> actions) {
		return new ActionMap(actions, 0);
	}

	/** Every action of every class. */
	public List<BoardAction> allActions() {
		return actions.values().stream().flatMap(List::stream).toList();
	}
}
