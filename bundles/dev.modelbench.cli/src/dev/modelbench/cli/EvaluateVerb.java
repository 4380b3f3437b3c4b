package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.category.SafeName;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.LabeledDataset;
import dev.modelbench.core.dataset.ZipLimits;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Split;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.metrics.EvaluationReport;
import dev.modelbench.train.metrics.ModelEvaluation;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.report.EvaluationReportJson;

/**
 * {@code modelbench evaluate --project NAME --data DIR|ZIP}: scores the trained model on labelled
 * data from outside the project (class folders named like its categories); the last line is
 * {@code accuracy: 0.xxxx}.
 */
final class EvaluateVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		Path data = Path.of(arguments.required("data")).toAbsolutePath().normalize(); //$NON-NLS-1$
		Optional<Path> reportFile = arguments.fileToWrite("report"); //$NON-NLS-1$
		if (!Files.exists(data)) {
			throw new CommandException(NLS.bind(Messages.Import_noSuchSource, data));
		}
		try (OpenModelProject project = OpenModelProject.of(arguments);
				TrainedModel model = TrainedModels.load(project);
				LabeledDataset dataset = LabeledDataset.open(data, project.document().getModel().getTaskKind(),
						ZipLimits.DEFAULT, new NullProgressMonitor())) {
			List<LabeledSample> samples = labelled(dataset, project.document().getModel(), model.classNames());
			EvaluationReport report = ModelEvaluation.evaluate(model, samples, new NullProgressMonitor());
			report.skipped().forEach(line -> out.println("  " + line)); //$NON-NLS-1$
			ScoresPrinter.print(report.classNames(), report.confusion(), report.classScores(), report.misclassified(),
					out);
			if (reportFile.isPresent()) {
				EvaluationReportJson.save(report, data.toString(), reportFile.get());
			}
			if (report.evaluated() == 0) {
				throw new CommandException(NLS.bind(Messages.Evaluate_nothing, data));
			}
			out.println(NLS.bind(Messages.Evaluate_count, report.evaluated(), data.getFileName()));
			out.println(String.format(Locale.ROOT, "accuracy: %.4f", report.accuracy())); //$NON-NLS-1$
			return CommandLine.OK;
		} catch (DatasetImportException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Train_reportFailed, arguments.option("report").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
					e.getMessage()), e);
		}
	}

	/**
	 * The dataset's files labelled with the model's classes. A class folder matches a category by
	 * its display name or its folder name, ignoring case (a sound dataset's {@code _background_noise_}
	 * is the background-noise category, as on import); a folder that matches none is refused,
	 * since its samples could never be predicted right.
	 */
	private static List<LabeledSample> labelled(LabeledDataset dataset, ModelProject project, List<String> classNames)
			throws CommandException {
		List<LabeledSample> samples = new ArrayList<>();
		for (LabeledDataset.LabeledFile file : dataset.files()) {
			int label = labelOf(file.className(), project, classNames);
			if (label < 0) {
				throw new CommandException(NLS.bind(Messages.Evaluate_unknownClass, file.className(),
						String.join(", ", classNames))); //$NON-NLS-1$
			}
			samples.add(new LabeledSample(file.file(), file.relativeName(), label, Split.VALIDATION));
		}
		return samples;
	}

	private static int labelOf(String folder, ModelProject project, List<String> classNames) {
		int direct = indexIgnoringCase(classNames, folder);
		if (direct >= 0) {
			return direct;
		}
		List<String> projectClasses = ProjectSamples.classNames(project);
		String safe = SafeName.of(folder, folder);
		for (int c = 0; c < project.getCategories().size(); c++) {
			Category category = project.getCategories().get(c);
			String name = category.getName();
			if (name.equalsIgnoreCase(folder) || name.equalsIgnoreCase(safe)
					|| BackgroundNoise.is(category) && BackgroundNoise.isAlias(folder)) {
				return indexIgnoringCase(classNames, projectClasses.get(c));
			}
		}
		return -1;
	}

	private static int indexIgnoringCase(List<String> names, String name) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}
}
