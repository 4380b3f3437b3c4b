package dev.modelbench.ui.validation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.modelbench.train.Prediction;

/**
 * Every prediction a Validation view makes, for whoever acts on them (the Deploy view streams them
 * to a board). Listeners are told on the prediction threads and must return at once.
 */
public final class LivePredictions {

	private static final List<Consumer<Prediction>> LISTENERS = new CopyOnWriteArrayList<>();

	private LivePredictions() {
	}

	public static void addListener(Consumer<Prediction> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<Prediction> listener) {
		LISTENERS.remove(listener);
	}

	/** Tells every listener; a failing one does not stop the others or the prediction loop. */
	public static void publish(Prediction prediction) {
		for (Consumer<Prediction> listener : LISTENERS) {
			try {
				listener.accept(prediction);
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(LivePredictions.class).error(e.getMessage(), e);
			}
		}
	}
}
