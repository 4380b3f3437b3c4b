package dev.modelbench.train.project;

import java.util.List;
import java.util.TreeSet;

import dev.modelbench.train.EpochResult;

/**
 * The epochs of a run that the model file records. Every epoch of every kept run made the file
 * grow without bound (a million epochs: 200 MB, and minutes to open); a long run's curve is
 * thinned evenly to at most {@link #MAX} points, always with the first, the best and the last. The
 * run's report ({@code trained/report.json}) keeps every epoch.
 */
public final class RecordedEpochs {

	/** The most epochs recorded of one run: enough for a smooth curve across a chart. */
	public static final int MAX = 200;

	private RecordedEpochs() {
	}

	/**
	 * The epochs to record of {@code epochs}, in order.
	 *
	 * @param bestEpoch the 1-based number of the epoch whose model was kept
	 */
	public static List<EpochResult> of(List<EpochResult> epochs, int bestEpoch) {
		int count = epochs.size();
		if (count <= MAX) {
			return List.copyOf(epochs);
		}
		TreeSet<Integer> kept = new TreeSet<>();
		// MAX - 1 evenly spaced, the first and last among them, leaving room for the best.
		int spaced = MAX - 1;
		for (int i = 0; i < spaced; i++) {
			kept.add((int) Math.round(i * (count - 1.0) / (spaced - 1)));
		}
		for (int i = 0; i < count; i++) {
			if (epochs.get(i).epoch() == bestEpoch) {
				kept.add(i);
			}
		}
		return kept.stream().map(epochs::get).toList();
	}
}
