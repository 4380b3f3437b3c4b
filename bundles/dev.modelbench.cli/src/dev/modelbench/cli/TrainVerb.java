package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.persistence.FileErrorText;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.EvaluationSet;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.train.report.TrainingReportJson;

/**
 * {@code modelbench train --project NAME}: trains the project's model with its settings (options
 * override them for this run), printing one line per epoch, and keeps it in the project.
 */
final class TrainVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		Optional<Path> reportFile = arguments.fileToWrite("report"); //$NON-NLS-1$
		try (OpenModelProject project = OpenModelProject.of(arguments)) {
			TrainingOptions options = options(arguments, project.document().getModel());
			TrainingReport report = train(project, options, arguments.option("model"), out); //$NON-NLS-1$
			if (reportFile.isPresent()) {
				try {
					TrainingReportJson.save(report, reportFile.get());
				} catch (IOException e) {
					throw new CommandException(NLS.bind(Messages.Train_reportFailed, reportFile.get(), e.getMessage()), e);
				}
			}
			return CommandLine.OK;
		}
	}

	/** The project's settings with the command line's overrides. */
	private static TrainingOptions options(Arguments arguments, ModelProject model) throws UsageException {
		TrainingOptions options = TrainingOptions.from(model.getSettings());
		options = options.withEpochs(arguments.intOption("epochs", options.epochs())); //$NON-NLS-1$
		options = options.withBatchSize(arguments.intOption("batch", options.batchSize())); //$NON-NLS-1$
		options = options.withLearningRate(arguments.doubleOption("learning-rate", options.learningRate())); //$NON-NLS-1$
		options = options.withSeed(arguments.longOption("seed", options.seed())); //$NON-NLS-1$
		options = options.withOptimizer(arguments.option("optimizer").orElse(options.optimizer())); //$NON-NLS-1$
		Optional<String> augmentation = arguments.option("augmentation"); //$NON-NLS-1$
		if (augmentation.isPresent()) {
			options = options.withAugmentation(switch (augmentation.get().toLowerCase(Locale.ROOT)) {
			case "on" -> true; //$NON-NLS-1$
			case "off" -> false; //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(Messages.Train_badAugmentation, augmentation.get()));
			});
		}
		try {
			// Before anything is read or split: a refused run must change nothing.
			options.checkRanges();
		} catch (TrainingRefusedException e) {
			throw new UsageException(e.getMessage());
		}
		return options;
	}

	/**
	 * Trains the project's model, prints progress and the result, records the run in the model
	 * file and returns the report. Also the quick start's training step.
	 */
	static TrainingReport train(OpenModelProject project, TrainingOptions options, Optional<String> modelId,
			PrintStream out) throws CommandException {
		ModelDocument document = project.document();
		ModelProject model = document.getModel();
		try {
			ModelKinds.Descriptor kind = modelId.isPresent() ? ModelKinds.require(modelId.get(), model.getTaskKind())
					: ModelKinds.defaultFor(model.getTaskKind());
			Command splits = ProjectSamples.assignSplits(document.getEditingDomain(), model);
			if (splits != null) {
				document.executeAndSave(splits);
			}
			SampleSet samples = ProjectSamples.of(model, project.folder());
			out.println(NLS.bind(Messages.Train_start, new Object[] { kind.label(), samples.of(Split.TRAIN).size(),
					samples.of(Split.VALIDATION).size(), samples.classNames().size() }));
			Instant started = Instant.now();
			TrainingOutcome<TrainedModel> outcome = ProjectTraining.train(project.folder(), samples, kind.create(),
					options, epoch -> out.println(epochLine(epoch)), new NullProgressMonitor());
			outcome.model().close();
			document.executeAndSave(ProjectTraining.recordRun(document.getEditingDomain(), model, outcome.report(), started));
			project.refresh();
			print(outcome.report(), project.folder(), out);
			return outcome.report();
		} catch (TrainingRefusedException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (ModelFileException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Train_saveFailed, FileErrorText.of(e)), e);
		}
	}

	/** {@code epoch  3/20  train loss 0.4123  val loss 0.5012  top-1 0.8750  top-5 1.0000  1.2 s} */
	static String epochLine(EpochResult epoch) {
		int digits = Integer.toString(epoch.epochs()).length();
		return String.format(Locale.ROOT, "epoch %" + digits + "d/%d  train loss %.4f  val loss %s  top-1 %.4f  top-%d %.4f  %.1f s%s", //$NON-NLS-1$ //$NON-NLS-2$
				epoch.epoch(), epoch.epochs(), epoch.trainLoss(), ScoresPrinter.ratio(epoch.validationLoss()),
				epoch.top1Accuracy(), epoch.k(), epoch.topKAccuracy(), epoch.elapsedSeconds(),
				epoch.evaluatedOn() == EvaluationSet.TRAINING ? Messages.Train_onTrainingSamples : ""); //$NON-NLS-1$
	}

	private static void print(TrainingReport report, Path projectFolder, PrintStream out) {
		out.println(NLS.bind(Messages.Train_optimizer, new Object[] { report.optimizer().kind().id(),
				report.optimizer().learningRate(), report.optimizer().reason() }));
		out.println(NLS.bind(Messages.Train_result, new Object[] { report.architecture(), report.bestEpoch(),
				ScoresPrinter.ratio(report.finalAccuracy()), report.topK(),
				ScoresPrinter.ratio(report.finalTopKAccuracy()),
				report.evaluatedOn() == EvaluationSet.VALIDATION ? Messages.Train_validation : Messages.Train_training }));
		if (report.cancelled()) {
			out.println(Messages.Train_cancelledKept);
		}
		ScoresPrinter.print(report.classNames(), report.confusionMatrix(), report.classScores(), report.misclassified(),
				out);
		report.notes().forEach(note -> out.println("  " + note)); //$NON-NLS-1$
		StringBuilder timings = new StringBuilder();
		for (Map.Entry<String, Double> timing : report.timingsSeconds().entrySet()) {
			timings.append(timings.isEmpty() ? "" : ", ").append(timing.getKey()) //$NON-NLS-1$ //$NON-NLS-2$
					.append(String.format(Locale.ROOT, " %.2f s", timing.getValue())); //$NON-NLS-1$
		}
		out.println(NLS.bind(Messages.Train_timings, timings));
		out.println(NLS.bind(Messages.Train_saved, projectFolder.relativize(TrainedModelStore.modelFile(projectFolder))));
	}
}
