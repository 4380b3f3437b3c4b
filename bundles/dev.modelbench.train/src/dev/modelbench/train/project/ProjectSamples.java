package dev.modelbench.train.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.StratifiedSplit;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.internal.Messages;

/** What a Model project gives a trainer: its categories as classes and their samples. */
public final class ProjectSamples {

	private ProjectSamples() {
	}

	/**
	 * The project's classes (in category order, named as the user sees them), its samples that are
	 * assigned to training or validation, and for a sound project its background-noise class. Reads
	 * the model only; call it where the model may be read (the UI thread in the IDE).
	 */
	public static SampleSet of(ModelProject model, Path projectFolder) {
		List<String> classNames = classNames(model);
		List<LabeledSample> samples = new ArrayList<>();
		int background = -1;
		for (int c = 0; c < model.getCategories().size(); c++) {
			if (model.getTaskKind() == TaskKind.SOUND_CLASSIFICATION && BackgroundNoise.is(model.getCategories().get(c))) {
				background = c;
			}
			for (Sample sample : model.getCategories().get(c).getSamples()) {
				if (sample.getSplit() == Split.TRAIN || sample.getSplit() == Split.VALIDATION) {
					samples.add(new LabeledSample(ProjectLayout.sampleFile(projectFolder, sample.getPath()),
							sample.getPath(), c, sample.getSplit()));
				}
			}
		}
		return new SampleSet(classNames, samples, background);
	}

	/**
	 * The class names predictions are given in: the categories' display names, or their folder
	 * names when display names are missing or not all different.
	 */
	public static List<String> classNames(ModelProject model) {
		List<String> names = new ArrayList<>();
		for (Category category : model.getCategories()) {
			String display = category.getDisplayName();
			names.add(display == null || display.isBlank() ? category.getName() : display);
		}
		Set<String> distinct = new HashSet<>(names);
		if (distinct.size() == names.size()) {
			return names;
		}
		return model.getCategories().stream().map(Category::getName).toList();
	}

	/**
	 * A command giving every unassigned sample a split: per category, a stratified, seeded 70/30
	 * of its unassigned samples (samples added by hand or from a camera come unassigned).
	 *
	 * @return null when every sample has a split already
	 */
	public static Command assignSplits(EditingDomain domain, ModelProject model) {
		CompoundCommand command = new CompoundCommand(Messages.AssignSplits_label);
		StratifiedSplit split = new StratifiedSplit(model.getSettings().getSeed(), ImportOptions.DEFAULT_TRAIN_FRACTION);
		for (Category category : model.getCategories()) {
			Map<String, Sample> unassigned = new LinkedHashMap<>();
			for (Sample sample : category.getSamples()) {
				if (sample.getSplit() == Split.UNASSIGNED) {
					unassigned.put(sample.getPath(), sample);
				}
			}
			if (unassigned.isEmpty()) {
				continue;
			}
			split.assign(category.getName(), unassigned.keySet()).forEach((path, side) -> command
					.append(SetCommand.create(domain, unassigned.get(path), ModelPackage.Literals.SAMPLE__SPLIT, side)));
		}
		return command.isEmpty() ? null : command.unwrap();
	}
}
