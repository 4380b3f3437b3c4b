package dev.modelbench.train;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.internal.Messages;

/** The rule every trainer applies first: at least two classes, and training samples in each. */
public final class TrainableClasses {

	private TrainableClasses() {
	}

	/**
	 * Refuses classes no classifier can learn from, naming what to add.
	 *
	 * @param classNames     the classes in label order
	 * @param trainingCounts the number of training samples of each class
	 */
	public static void check(List<String> classNames, int[] trainingCounts) throws TrainingRefusedException {
		if (classNames.size() < 2) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_tooFewClasses, classNames.size()));
		}
		List<String> empty = new ArrayList<>();
		for (int c = 0; c < trainingCounts.length; c++) {
			if (trainingCounts[c] == 0) {
				empty.add(classNames.get(c));
			}
		}
		if (empty.size() == 1) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_emptyClass, empty.getFirst()));
		}
		if (!empty.isEmpty()) {
			String names = empty.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", ")); //$NON-NLS-1$
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_emptyClasses, names));
		}
	}

	/** How many of {@code labels} belong to each of {@code classes} classes. */
	public static int[] count(int classes, int[] labels) {
		int[] counts = new int[classes];
		for (int label : labels) {
			counts[label]++;
		}
		return counts;
	}
}
