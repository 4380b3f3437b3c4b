package dev.modelbench.ui.training;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.EpochListener;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.project.ProjectTraining;

/**
 * One training run of a project, as an Eclipse job: progress in the Progress view, Cancel keeps the
 * best finished epoch. It works on a snapshot of the samples and touches no EMF object; what the
 * user must read (a refusal, a failure) is kept for the Training view rather than popped up.
 */
public final class TrainingJob extends Job {

	/** Family of every training job, e.g. to wait for them. */
	public static final Object FAMILY = TrainingJob.class;

	private final Path projectFolder;
	private final Path cacheFolder;
	private final SampleSet samples;
	private final ModelKinds.Descriptor kind;
	private final TrainingOptions options;
	private final EpochListener listener;
	private volatile TrainingReport report;
	private volatile String problem;

	TrainingJob(String projectName, Path projectFolder, Path cacheFolder, SampleSet samples, ModelKinds.Descriptor kind,
			TrainingOptions options, EpochListener listener) {
		super(NLS.bind(Messages.TrainingJob_name, projectName));
		this.projectFolder = projectFolder;
		this.cacheFolder = cacheFolder;
		this.samples = samples;
		this.kind = kind;
		this.options = options;
		this.listener = listener;
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			TrainingOutcome<TrainedModel> outcome = ProjectTraining.train(projectFolder, cacheFolder, samples,
					kind.create(), options, listener, monitor);
			outcome.model().close();
			report = outcome.report();
			return Status.OK_STATUS;
		} catch (TrainingRefusedException e) {
			problem = e.getMessage();
			return Status.OK_STATUS;
		} catch (IOException e) {
			problem = NLS.bind(Messages.TrainingJob_saveFailed, e.getMessage());
			ILog.of(getClass()).warn(problem, e);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The report of the model kept, or null when none was (refused, failed, cancelled before an epoch). */
	public TrainingReport report() {
		return report;
	}

	/** Why nothing was trained, for the user; null when training ran. */
	public String problem() {
		return problem;
	}
}
