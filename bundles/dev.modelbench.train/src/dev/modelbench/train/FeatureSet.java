package dev.modelbench.train;

import java.util.List;
import java.util.Objects;

/**
 * Feature vectors with their class indices and, optionally, the ids of the samples they came from
 * (file names, so a report can name mistakes). The arrays are not copied: do not change them while
 * a run uses them.
 *
 * @param features  one vector per sample, all of the same length
 * @param labels    the class index of each sample
 * @param sampleIds one id per sample, or null when samples are known by index only
 */
public record FeatureSet(float[][] features, int[] labels, List<String> sampleIds) {

	public FeatureSet {
		Objects.requireNonNull(features, "features"); //$NON-NLS-1$
		Objects.requireNonNull(labels, "labels"); //$NON-NLS-1$
		if (features.length != labels.length) {
			throw new IllegalArgumentException(features.length + " feature vectors but " + labels.length + " labels"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (sampleIds != null) {
			if (sampleIds.size() != labels.length) {
				throw new IllegalArgumentException(sampleIds.size() + " sample ids for " + labels.length + " samples"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			sampleIds = List.copyOf(sampleIds);
		}
	}

	/** Samples known by their index only. */
	public static FeatureSet of(float[][] features, int[] labels) {
		return new FeatureSet(features, labels, null);
	}

	/** No samples at all, e.g. a project without a validation split. */
	public static FeatureSet empty() {
		return of(new float[0][], new int[0]);
	}

	public int size() {
		return labels.length;
	}

	public boolean isEmpty() {
		return labels.length == 0;
	}

	/** The id of sample {@code index}, or null when samples have no ids. */
	public String sampleId(int index) {
		return sampleIds == null ? null : sampleIds.get(index);
	}
}
