package dev.modelbench.mqtt;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prediction as it is pushed to a broker: the label boards act on, and what a dashboard may
 * want besides. Independent of the training bundle so that anything that classifies can push.
 *
 * @param label         the predicted class
 * @param confidence    its probability, 0 to 1
 * @param probabilities every class's probability, in class order
 * @param time          when the prediction was made
 * @param model         the model (project) that made it; may be empty
 */
public record LiveResult(String label, double confidence, Map<String, Double> probabilities, Instant time,
		String model) {

	public LiveResult {
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(time, "time"); //$NON-NLS-1$
		probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
		model = model == null ? "" : model; //$NON-NLS-1$
	}

	/** A result from class names and their probabilities in the same order, as classifiers give them. */
	public static LiveResult of(String label, double confidence, List<String> classNames, float[] probabilities,
			Instant time, String model) {
		if (classNames.size() != probabilities.length) {
			throw new IllegalArgumentException(
					classNames.size() + " class names but " + probabilities.length + " probabilities"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, Double> byClass = new LinkedHashMap<>();
		for (int i = 0; i < probabilities.length; i++) {
			byClass.put(classNames.get(i), (double) probabilities[i]);
		}
		return new LiveResult(label, confidence, byClass, time, model);
	}
}
