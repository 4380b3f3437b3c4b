package dev.modelbench.core.sample;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;

/**
 * The command that adds sample files already in a category's folder (webcam frames, uploaded
 * files) to the model. They come unassigned; training gives them their 70/30 split.
 */
public final class NewSamples {

	private NewSamples() {
	}

	/**
	 * @param samplePaths project paths such as {@code data/cat/webcam_0001.jpg}
	 * @param origins     where each came from (an original file name), or null for none
	 */
	public static Command add(EditingDomain domain, Category category, List<String> samplePaths, List<String> origins,
			SampleSource source) {
		if (origins != null && origins.size() != samplePaths.size()) {
			throw new IllegalArgumentException(samplePaths.size() + " paths but " + origins.size() + " origins"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i < samplePaths.size(); i++) {
			Sample sample = ModelFactory.eINSTANCE.createSample();
			sample.setPath(samplePaths.get(i));
			sample.setSource(source);
			sample.setSplit(Split.UNASSIGNED);
			if (origins != null) {
				sample.setOrigin(origins.get(i));
			}
			samples.add(sample);
		}
		return AddCommand.create(domain, category, ModelPackage.Literals.CATEGORY__SAMPLES, samples);
	}
}
