package dev.modelbench.ui.training;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.metrics.ClassificationMetrics;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.editors.ModelEditorTracker;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * Seed 000's step 3 for the active Model editor's project: the settings, Train and Cancel, live loss
 * and accuracy charts per epoch, then the confusion matrix and the samples the model got wrong. Each
 * step is a section; the trainings themselves are {@link ProjectTrainings}', and the view shows the
 * active editor's project from them. The settings are part of the model file, so changing them is
 * undoable like any edit.
 */
public final class TrainingView extends ViewPart {

	public static final String ID = "dev.modelbench.ui.views.training"; //$NON-NLS-1$

	private ModelEditorTracker tracker;
	private PartForm form;
	private SettingsSection settings;
	private RunSection run;
	private ChartsSection charts;
	private ResultsSection results;
	private ProjectTrainings trainings;
	private ModelEditor shown;
	/** Set while the view changes the model itself, so that it does not redraw its own fields. */
	private boolean updating;

	@Override
	public void createPartControl(Composite parent) {
		getSite().getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
		form = new PartForm(parent, 1, "training"); //$NON-NLS-1$
		settings = new SettingsSection(form, this::apply, this::say);
		run = new RunSection(form, this);
		charts = new ChartsSection(form, this::say);
		results = new ResultsSection(form, this::showSample);
		trainings = new ProjectTrainings(parent.getDisplay(), this::trainingChanged);
		tracker = new ModelEditorTracker(getSite().getPage(), editor -> {
			if (!updating) {
				show(editor);
			}
		});
		show(tracker.current());
	}

	private void say(String text) {
		run.status(text);
	}

	private IProject project(ModelEditor editor) {
		return editor == null ? null : editor.modelFile().getProject();
	}

	/** Shows the editor's project: its settings and what its trainings left; or says to open one. */
	private void show(ModelEditor editor) {
		if (form.isDisposed()) {
			return;
		}
		boolean switched = editor != shown;
		shown = editor;
		run.enable(editor != null, trainings.isRunning());
		if (editor == null) {
			form.header().heading(Messages.Training_noProject);
			return;
		}
		ModelProject model = editor.model();
		form.header().heading(NLS.bind(Messages.Training_title, model.getName()));
		updating = true;
		try {
			settings.show(model);
		} finally {
			updating = false;
		}
		if (switched) {
			showOutcome(editor, true);
			form.reflow();
		} else if (!isTrained(editor)) {
			showLastRun(model);
		}
	}

	/** Draws the project's last recorded run, so the charts are there when the project is reopened. */
	private void showLastRun(ModelProject model) {
		charts.show(model.getRuns().isEmpty() ? null : model.getRuns().getLast(), model.getSettings().getEpochs(),
				ClassificationMetrics.topK(Math.max(1, model.getCategories().size())));
	}

	/** Whether a training of the editor's project runs or left a result in this session: the charts are its. */
	private boolean isTrained(ModelEditor editor) {
		IProject project = project(editor);
		return project.equals(trainings.runningProject()) || trainings.of(project).report() != null;
	}

	/** Shows what the editor's project's trainings left; {@code redraw}: the charts too, else they are up to date. */
	private void showOutcome(ModelEditor editor, boolean redraw) {
		ProjectTrainings.Outcome outcome = trainings.of(project(editor));
		TrainingReport report = outcome.report();
		if (project(editor).equals(trainings.runningProject())) {
			if (redraw || outcome.epochs().isEmpty()) {
				charts.reset(outcome.plannedEpochs(), outcome.topK());
				outcome.epochs().forEach(charts::add);
			}
		} else if (report != null) {
			if (redraw) {
				charts.reset(report.epochs().size(), report.topK());
				report.epochs().forEach(charts::add);
			}
		} else if (redraw) {
			showLastRun(editor.model());
		}
		results.show(report);
		run.progress(outcome.epochs().size(), outcome.plannedEpochs());
		run.status(outcome.status());
	}

	/** A training started, finished an epoch, is cancelling or ended; only the shown project's is drawn. */
	private void trainingChanged(IProject project, EpochResult epoch) {
		if (form.isDisposed()) {
			return;
		}
		if (epoch == null) {
			run.enable(shown != null, trainings.isRunning());
		}
		if (!project.isOpen()) {
			// Its editor closed with it, so whatever is shown now, the user learns why training stopped.
			say(trainings.of(project).status());
			return;
		}
		if (!project.equals(project(shown))) {
			return;
		}
		if (epoch == null) {
			// Started, cancelling or ended: the charts have been drawn epoch by epoch.
			showOutcome(shown, false);
			return;
		}
		charts.add(epoch);
		run.progress(epoch.epoch(), epoch.epochs());
		run.status(trainings.of(project).status());
	}

	private void apply(EStructuralFeature feature, Object value) {
		ModelEditor editor = tracker.current();
		if (updating || editor == null) {
			return;
		}
		TrainingSettings current = editor.model().getSettings();
		if (Objects.equals(current.eGet(feature), value)) {
			return;
		}
		updating = true;
		try {
			editor.execute(SetCommand.create(editor.document().getEditingDomain(), current, feature, value));
		} finally {
			updating = false;
		}
	}

	/**
	 * Trains the active editor's project with the chosen model kind (see {@link ProjectTrainings#start}).
	 *
	 * @return the job, or null when there is nothing to train or a training runs
	 */
	public TrainingJob train() {
		ModelEditor editor = tracker.current();
		if (editor == null || trainings.isRunning()) {
			return null;
		}
		ModelKinds.Descriptor chosen = settings.selectedKind();
		if (chosen == null) {
			say(Messages.Training_noKind);
			return null;
		}
		return trainings.start(editor, chosen);
	}

	/** Stops the running training; the best finished epoch is kept. */
	public void cancel() {
		trainings.cancel();
	}

	/** Selects a sample (a project path such as data/cat/001.jpg) in the Project Explorer, and shows it. */
	private void showSample(String sampleId) {
		ModelEditor editor = tracker.current();
		if (editor == null || sampleId == null) {
			return;
		}
		IFile file = project(editor).getFile(sampleId);
		try {
			IWorkbenchPage page = getSite().getPage();
			IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(file));
			}
		} catch (PartInitException e) {
			say(e.getMessage());
		}
		say(NLS.bind(Messages.Training_sampleShown, sampleId));
	}

	@Override
	public void setFocus() {
		run.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (trainings != null) {
			trainings.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}
}
