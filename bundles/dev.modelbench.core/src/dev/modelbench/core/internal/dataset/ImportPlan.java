package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.category.SafeName;
import dev.modelbench.core.dataset.ImportedCategory;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * Decides, without writing anything, where every sample of a verified dataset goes: which category
 * (an existing one with the same name, or a new one with a safe, unique folder), which file name
 * (no clash with what is on disk or in the model) and which split.
 */
public final class ImportPlan {

	/** Stem used for a sample file whose name has no usable characters. */
	private static final String FALLBACK_FILE_STEM = "sample"; //$NON-NLS-1$

	/** Files named in a note; the rest are counted. */
	private static final int LISTED_FILES = 5;

	/**
	 * @param existing the project's category to add to, or null to create {@code displayName}
	 */
	public record PlannedCategory(Category existing, String displayName, String folderName, String colour,
			List<PlannedSample> samples) {

		public long count(Split split) {
			return samples.stream().filter(sample -> sample.split() == split).count();
		}
	}

	/** One file and where it goes inside its category folder. */
	public record PlannedSample(ScannedFile source, String fileName, Split split) {
	}

	private final List<PlannedCategory> categories;
	private final List<String> notes;

	private ImportPlan(List<PlannedCategory> categories, List<String> notes) {
		this.categories = List.copyOf(categories);
		this.notes = List.copyOf(notes);
	}

	/**
	 * @param splits the split of every file of {@code classes}
	 */
	public static ImportPlan create(List<ScannedClass> classes, Map<ScannedFile, Split> splits, ModelProject model,
			Path projectFolder) throws IOException {
		List<Category> known = new ArrayList<>(model.getCategories());
		List<String> foldersOnDisk = fileNames(ProjectLayout.dataFolder(projectFolder));
		Map<Category, List<PlannedSample>> samplesByCategory = new LinkedHashMap<>();
		Map<Category, List<String>> takenByCategory = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		KnownContents knownContents = new KnownContents(projectFolder);
		List<String> alreadyThere = new ArrayList<>();
		for (ScannedClass scannedClass : classes) {
			Category category = NewCategory.findMatching(scannedClass.displayName(), known);
			if (category != null && !category.getDisplayName().equals(scannedClass.displayName())) {
				notes.add(NLS.bind(Messages.Import_addedToExisting, scannedClass.displayName(), category.getDisplayName()));
			}
			if (category == null) {
				category = NewCategory.create(scannedClass.displayName(), known, foldersOnDisk);
				known.add(category);
			}
			List<String> taken = takenByCategory.get(category);
			if (taken == null) {
				taken = takenFileNames(category, projectFolder);
				takenByCategory.put(category, taken);
			}
			List<PlannedSample> samples = samplesByCategory.computeIfAbsent(category, c -> new ArrayList<>());
			boolean existing = model.getCategories().contains(category);
			for (ScannedFile file : scannedClass.files()) {
				if (existing && knownContents.has(category, file.file())) {
					alreadyThere.add(file.relativeName());
					continue;
				}
				String fileName = fileNameFor(file, taken);
				taken.add(fileName);
				samples.add(new PlannedSample(file, fileName, splits.get(file)));
			}
		}
		List<PlannedCategory> planned = new ArrayList<>();
		samplesByCategory.forEach((category, samples) -> {
			if (!samples.isEmpty()) {
				planned.add(new PlannedCategory(model.getCategories().contains(category) ? category : null,
						category.getDisplayName(), category.getName(), category.getColour(), List.copyOf(samples)));
			}
		});
		if (!alreadyThere.isEmpty()) {
			notes.add(alreadyThereNote(alreadyThere));
		}
		return new ImportPlan(planned, notes);
	}

	private static String alreadyThereNote(List<String> files) {
		String listed = String.join(", ", files.subList(0, Math.min(files.size(), LISTED_FILES))); //$NON-NLS-1$
		if (files.size() > LISTED_FILES) {
			listed += ' ' + NLS.bind(Messages.Import_andMoreInline, files.size() - LISTED_FILES);
		}
		return NLS.bind(Messages.Import_alreadyThere, files.size(), listed);
	}

	private static String fileNameFor(ScannedFile file, List<String> taken) {
		String original = file.file().getFileName().toString();
		String extension = '.' + SampleDecoder.extension(original);
		String stem = original.substring(0, original.length() - extension.length());
		return SafeName.unique(SafeName.of(stem, FALLBACK_FILE_STEM), extension, taken);
	}

	private static List<String> takenFileNames(Category category, Path projectFolder) throws IOException {
		List<String> taken = new ArrayList<>();
		String prefix = ProjectLayout.samplePath(category.getName(), ""); //$NON-NLS-1$
		for (Sample sample : category.getSamples()) {
			if (sample.getPath() != null && sample.getPath().startsWith(prefix)) {
				taken.add(sample.getPath().substring(prefix.length()));
			}
		}
		taken.addAll(fileNames(ProjectLayout.categoryFolder(projectFolder, category.getName())));
		return taken;
	}

	private static List<String> fileNames(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return new ArrayList<>();
		}
		try (Stream<Path> list = Files.list(folder)) {
			return new ArrayList<>(list.map(path -> path.getFileName().toString()).toList());
		}
	}

	/** Lines for the user on classes that went into a category of another name. */
	public List<String> notes() {
		return notes;
	}

	public List<PlannedCategory> categories() {
		return categories;
	}

	public int sampleCount() {
		return categories.stream().mapToInt(category -> category.samples().size()).sum();
	}

	/**
	 * The single command that adds all planned samples to the model: new categories are appended in
	 * dataset order, samples for existing categories are appended to them.
	 */
	public Command command(EditingDomain domain, ModelProject model) {
		CompoundCommand compound = new CompoundCommand(Messages.Import_commandLabel);
		List<Category> created = new ArrayList<>();
		for (PlannedCategory planned : categories) {
			List<Sample> samples = planned.samples().stream().map(sample -> sampleOf(planned, sample)).toList();
			if (planned.existing() != null) {
				compound.append(AddCommand.create(domain, planned.existing(), ModelPackage.Literals.CATEGORY__SAMPLES,
						samples));
			} else {
				Category category = ModelFactory.eINSTANCE.createCategory();
				category.setName(planned.folderName());
				category.setDisplayName(planned.displayName());
				category.setColour(planned.colour());
				category.getSamples().addAll(samples);
				created.add(category);
			}
		}
		if (!created.isEmpty()) {
			compound.append(AddCommand.create(domain, model, ModelPackage.Literals.MODEL_PROJECT__CATEGORIES, created));
		}
		return compound;
	}

	private static Sample sampleOf(PlannedCategory category, PlannedSample planned) {
		Sample sample = ModelFactory.eINSTANCE.createSample();
		sample.setPath(ProjectLayout.samplePath(category.folderName(), planned.fileName()));
		sample.setSource(SampleSource.IMPORT);
		sample.setSplit(planned.split());
		sample.setOrigin(planned.source().relativeName());
		return sample;
	}

	/** What the report says about each category. */
	public List<ImportedCategory> imported() {
		return categories.stream().map(category -> new ImportedCategory(category.displayName(),
				category.folderName(), (int) category.count(Split.TRAIN), (int) category.count(Split.VALIDATION),
				category.existing() != null)).toList();
	}
}
