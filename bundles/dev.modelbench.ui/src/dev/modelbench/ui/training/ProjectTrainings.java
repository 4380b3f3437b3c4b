package dev.modelbench.ui.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Split;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * The trainings the Training view started, one at a time, and what each project's last one left:
 * its report and the line that tells the user how it went. The view shows the project of the active
 * editor from this, so switching editors never shows another project's result. Lives on the UI
 * thread; the job reports from its own.
 */
final class ProjectTrainings {

	/** What a project's trainings left: the running one's epochs so far, the kept report, the status line. */
	static final class Outcome {
		private final List<EpochResult> epochs = new ArrayList<>();
		private int plannedEpochs;
		private int topK;
		private TrainingReport report;
		private String status = ""; //$NON-NLS-1$

		/** The epochs of the run going on or last run in this session (empty when none). */
		List<EpochResult> epochs() {
			return epochs;
		}

		int plannedEpochs() {
			return plannedEpochs;
		}

		/** k of the top-k accuracy the run measures. */
		int topK() {
			return topK;
		}

		/** The report of the model kept by the last run, or null. */
		TrainingReport report() {
			return report;
		}

		String status() {
			return status;
		}
	}

	/** Hears, on the UI thread, that {@code project}'s outcome changed; {@code epoch} is the one just finished, or null. */
	interface Listener {
		void changed(IProject project, EpochResult epoch);
	}

	private final Display display;
	private final Listener listener;
	private final Map<IProject, Outcome> outcomes = new HashMap<>();
	private volatile TrainingJob running;
	private volatile IProject runningProject;
	private final IResourceChangeListener projectWatcher = this::projectGoing;

	ProjectTrainings(Display display, Listener listener) {
		this.display = display;
		this.listener = listener;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectWatcher,
				IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
	}

	/**
	 * Stops a training whose project is closed or deleted under it (it keeps its best epoch as on
	 * Cancel), and forgets what the project's trainings left: a new project of that name starts afresh.
	 */
	private void projectGoing(IResourceChangeEvent event) {
		if (!(event.getResource() instanceof IProject project)) {
			return;
		}
		TrainingJob job = running;
		if (job != null && project.equals(runningProject)) {
			job.cancel();
		} else if (!display.isDisposed()) {
			display.asyncExec(() -> outcomes.remove(project));
		}
	}

	/** What {@code project}'s trainings left; an empty outcome when none ran. */
	Outcome of(IProject project) {
		Outcome outcome = outcomes.get(project);
		return outcome == null ? new Outcome() : outcome;
	}

	boolean isRunning() {
		return running != null;
	}

	/** The project being trained, or null. */
	IProject runningProject() {
		return runningProject;
	}

	/**
	 * Trains {@code editor}'s project as a {@link TrainingJob}: unassigned samples get their 70/30
	 * split first (an undoable command) and the run is recorded in the model when it ends.
	 *
	 * @return the scheduled job, or null while another training runs
	 */
	TrainingJob start(ModelEditor editor, ModelKinds.Descriptor kind) {
		if (running != null) {
			return null;
		}
		ModelProject model = editor.model();
		Command splits = ProjectSamples.assignSplits(editor.document().getEditingDomain(), model);
		editor.execute(splits);
		SampleSet samples = ProjectSamples.of(model, editor.projectFolder());
		TrainingOptions options = TrainingOptions.from(model.getSettings());
		IProject project = editor.modelFile().getProject();
		Outcome outcome = new Outcome();
		outcome.plannedEpochs = options.epochs();
		outcome.topK = ClassificationMetrics.topK(samples.classNames().size());
		outcome.status = NLS.bind(Messages.Training_started, new Object[] { kind.label(), samples.of(Split.TRAIN).size(),
				samples.of(Split.VALIDATION).size() });
		outcomes.put(project, outcome);
		Path folder = editor.projectFolder();
		Instant started = Instant.now();
		TrainingJob job = new TrainingJob(model.getName(), folder, UiPreferences.cacheFolder(folder), samples, kind,
				options, epoch -> {
					if (!display.isDisposed()) {
						display.asyncExec(() -> epochDone(project, outcome, epoch));
					}
				});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> finished(job, editor, project, started, event.getResult().getSeverity()));
				}
			}
		});
		running = job;
		runningProject = project;
		job.schedule();
		listener.changed(project, null);
		return job;
	}

	/** Stops the running training; the best finished epoch is kept. */
	void cancel() {
		TrainingJob job = running;
		if (job != null) {
			job.cancel();
			of(runningProject).status = Messages.Training_cancelling;
			listener.changed(runningProject, null);
		}
	}

	private void epochDone(IProject project, Outcome outcome, EpochResult epoch) {
		if (outcomes.get(project) != outcome) {
			return; // a late epoch of a run that has ended
		}
		outcome.epochs.add(epoch);
		outcome.status = NLS.bind(Messages.Training_epoch, new Object[] { epoch.epoch(), epoch.epochs(),
				Percent.of(epoch.top1Accuracy()), epoch.k(), Percent.of(epoch.topKAccuracy()) });
		listener.changed(project, epoch);
	}

	private void finished(TrainingJob job, ModelEditor editor, IProject project, Instant started, int severity) {
		running = null;
		runningProject = null;
		Outcome outcome = of(project);
		TrainingReport report = job.report();
		if (!project.isOpen()) {
			// Its editor is closed with it: nothing to record the run in; the trained model is on disk.
			outcome.status = NLS.bind(report == null ? Messages.Training_projectClosedNothing : Messages.Training_projectClosed,
					project.getName());
			outcome.report = report;
			listener.changed(project, null);
			outcomes.remove(project);
			return;
		} else if (report == null) {
			outcome.status = job.problem() != null ? job.problem()
					: severity == IStatus.CANCEL ? Messages.Training_cancelledNothing : ""; //$NON-NLS-1$
		} else {
			outcome.report = report;
			outcome.status = report.cancelled() ? Messages.Training_cancelledKept : Messages.Training_done;
			if (isOpen(editor)) {
				editor.execute(ProjectTraining.recordRun(editor.document().getEditingDomain(), editor.model(), report,
						started));
			}
			refreshTrainedFolder(project);
		}
		listener.changed(project, null);
	}

	/** Whether the editor that started a run is still open, so the run can be recorded in its model. */
	private static boolean isOpen(ModelEditor editor) {
		return editor.getSite().getPage().findEditor(editor.getEditorInput()) == editor;
	}

	private static void refreshTrainedFolder(IProject project) {
		IResource folder = project.getFolder(TrainedModelStore.FOLDER);
		Job refresh = Job.create(Messages.Training_refreshJob, (IProgressMonitor monitor) -> {
			try {
				folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.setRule(project);
		refresh.schedule();
	}

	/** Stops listening; a running training is cancelled (it keeps its best epoch). */
	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectWatcher);
		if (running != null) {
			running.cancel();
		}
	}
}
