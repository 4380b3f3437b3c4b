package dev.modelbench.core.project;

import java.util.Collection;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;

/** How many samples lie in each split: what the editor, the views and {@code modelbench info} show. */
public record SampleCounts(int train, int validation, int unassigned) {

	/** The counts of one category. */
	public static SampleCounts of(Category category) {
		return count(category.getSamples());
	}

	/** The counts of all categories of a project together. */
	public static SampleCounts of(ModelProject project) {
		return project.getCategories().stream().map(SampleCounts::of)
				.reduce(new SampleCounts(0, 0, 0), SampleCounts::plus);
	}

	private static SampleCounts count(Collection<Sample> samples) {
		int train = 0;
		int validation = 0;
		int unassigned = 0;
		for (Sample sample : samples) {
			switch (sample.getSplit()) {
			case TRAIN -> train++;
			case VALIDATION -> validation++;
			case UNASSIGNED -> unassigned++;
			}
		}
		return new SampleCounts(train, validation, unassigned);
	}

	public SampleCounts plus(SampleCounts other) {
		return new SampleCounts(train + other.train, validation + other.validation, unassigned + other.unassigned);
	}

	public int total() {
		return train + validation + unassigned;
	}
}
