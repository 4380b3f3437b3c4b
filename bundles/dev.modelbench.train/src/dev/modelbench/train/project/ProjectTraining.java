package dev.modelbench.train.project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.modelbench.core.model.EpochMetrics;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.RunStatus;
import dev.modelbench.core.model.TrainingRun;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.ModelKind;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.TrainingRequest;
import dev.modelbench.train.internal.Messages;

/**
 * Trains a Model project's model, the way the IDE and the command line both do it: train on a
 * snapshot of the samples, keep the model in the project (see {@link TrainedModelStore}), and
 * record the run in the model file. The model-file steps are commands, so the IDE can run them on
 * its own thread and undo them; training itself touches no EMF object.
 */
public final class ProjectTraining {

	/** Runs kept in the model file; older ones are dropped so the file stays small and diffable. */
	public static final int KEPT_RUNS = 10;

	private ProjectTraining() {
	}

	/**
	 * Trains {@code kind} on {@code samples} and, when a model is kept (also by a cancelled run that
	 * finished an epoch), saves it as the project's trained model. The previous model stays until
	 * the new one is complete.
	 *
	 * @throws OperationCanceledException when cancelled before any epoch finished; nothing changed
	 */
	public static TrainingOutcome<TrainedModel> train(Path projectFolder, SampleSet samples, ModelKind kind,
			TrainingOptions options, EpochListener listener, IProgressMonitor monitor)
			throws TrainingRefusedException, IOException {
		return train(projectFolder, TrainedModelStore.cacheFolder(projectFolder), samples, kind, options, listener,
				monitor);
	}

	/**
	 * As {@link #train(Path, SampleSet, ModelKind, TrainingOptions, EpochListener, IProgressMonitor)},
	 * with the trainer's caches in {@code cacheFolder} instead of the project's own, e.g. a folder the
	 * user keeps outside the projects on a shared lab machine.
	 */
	public static TrainingOutcome<TrainedModel> train(Path projectFolder, Path cacheFolder, SampleSet samples,
			ModelKind kind, TrainingOptions options, EpochListener listener, IProgressMonitor monitor)
			throws TrainingRefusedException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Train_task, 20);
		TrainingRequest request = new TrainingRequest(samples, options, cacheFolder);
		TrainingOutcome<TrainedModel> outcome = kind.train(request, listener, progress.split(19));
		// worked, not split: a run cancelled after an epoch finished must still keep its model.
		progress.worked(1);
		try {
			TrainedModelStore.save(projectFolder, outcome.model(), outcome.report());
		} catch (IOException | RuntimeException e) {
			outcome.model().close();
			throw e;
		}
		return outcome;
	}

	/**
	 * A command adding the run of {@code report} to the model file, with its epochs thinned by
	 * {@link RecordedEpochs}, dropping the oldest runs beyond {@link #KEPT_RUNS}.
	 */
	public static Command recordRun(EditingDomain domain, ModelProject model, TrainingReport report, Instant started) {
		TrainingRun run = ModelFactory.eINSTANCE.createTrainingRun();
		run.setId(started.truncatedTo(ChronoUnit.SECONDS).toString());
		run.setStarted(started.truncatedTo(ChronoUnit.SECONDS).toString());
		run.setModelKind(report.modelKind());
		run.setStatus(report.cancelled() ? RunStatus.CANCELLED : RunStatus.COMPLETED);
		for (EpochResult epoch : RecordedEpochs.of(report.epochs(), report.bestEpoch())) {
			EpochMetrics metrics = ModelFactory.eINSTANCE.createEpochMetrics();
			metrics.setEpoch(epoch.epoch());
			metrics.setTrainLoss(epoch.trainLoss());
			metrics.setValidationLoss(epoch.validationLoss());
			metrics.setTop1Accuracy(epoch.top1Accuracy());
			metrics.setTop5Accuracy(epoch.topKAccuracy());
			metrics.setElapsedSeconds(epoch.elapsedSeconds());
			run.getEpochs().add(metrics);
		}
		CompoundCommand command = new CompoundCommand(Messages.RecordRun_label);
		command.append(AddCommand.create(domain, model, ModelPackage.Literals.MODEL_PROJECT__RUNS, run));
		int excess = model.getRuns().size() + 1 - KEPT_RUNS;
		if (excess > 0) {
			List<TrainingRun> oldest = List.copyOf(model.getRuns().subList(0, excess));
			command.append(RemoveCommand.create(domain, model, ModelPackage.Literals.MODEL_PROJECT__RUNS, oldest));
		}
		return command.unwrap();
	}
}
