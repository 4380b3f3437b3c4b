package dev.modelbench.ui.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.core.model.EpochMetrics;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TrainingRun;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.core.model.Split;
import dev.modelbench.train.EpochResult;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.metrics.ConfusionMatrix;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.editors.ModelEditorTracker;
import dev.modelbench.ui.forms.FormHeader;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * Seed 000's step 3 for the active Model editor's project: the settings (batch size, epochs,
 * optimizer, model kind; learning rate, seed and augmentation under Advanced), Train and Cancel,
 * live loss and accuracy charts per epoch, then the confusion matrix and the samples the model got
 * wrong. The settings are part of the model file, so changing them is undoable like any edit.
 */
public final class TrainingView extends ViewPart {

	public static final String ID = "dev.modelbench.ui.views.training"; //$NON-NLS-1$

	private static final RGB TRAIN_COLOUR = new RGB(0x4E, 0x79, 0xA7);
	private static final RGB VALIDATION_COLOUR = new RGB(0xF2, 0x8E, 0x2B);
	private static final String[] OPTIMIZERS = { OptimizerChoice.AUTO, "adam", "sgd" }; //$NON-NLS-1$ //$NON-NLS-2$

	private ModelEditorTracker tracker;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormHeader header;
	private Combo kind;
	private Spinner batchSize;
	private Spinner epochs;
	private Combo optimizer;
	private Text learningRate;
	private Text seed;
	private Button augmentation;
	private Button train;
	private Button cancel;
	private ProgressBar progress;
	private Label status;
	private MetricChart loss;
	private MetricChart accuracy;
	private Label summary;
	private Table confusion;
	private TableViewer mistakes;
	private List<ModelKinds.Descriptor> kinds = List.of();
	private volatile TrainingJob running;
	private volatile IProject runningProject;
	private TrainingReport lastReport;
	private boolean updating;
	/** Stops a training whose project is closed or deleted under it; it keeps its best epoch as on Cancel. */
	private final IResourceChangeListener projectWatcher = event -> {
		TrainingJob job = running;
		if (job != null && event.getResource() != null && event.getResource().equals(runningProject)) {
			job.cancel();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectWatcher,
				IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
		getSite().getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
		header = new FormHeader(toolkit, form);

		Section settingsSection = section(body, Messages.Training_settings, Section.TITLE_BAR | Section.EXPANDED);
		Composite settings = toolkit.createComposite(settingsSection);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(settings);
		settingsSection.setClient(settings);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(label(settings, Messages.Training_kind));
		kind = new Combo(settings, SWT.READ_ONLY);
		// Under its label, as wide as the view gives, not as its longest choice asks: a narrow view must not cut it.
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(160, SWT.DEFAULT).applyTo(kind);
		kind.addListener(SWT.Selection, event -> kind.setToolTipText(selectedKind() == null ? "" : selectedKind().description())); //$NON-NLS-1$
		label(settings, Messages.Training_batchSize);
		batchSize = spinner(settings, 1, 4096, Messages.Training_batchSizeTip);
		label(settings, Messages.Training_epochs);
		epochs = spinner(settings, 1, TrainingOptions.MAX_EPOCHS, Messages.Training_epochsTip);
		label(settings, Messages.Training_optimizer);
		optimizer = new Combo(settings, SWT.READ_ONLY);
		optimizer.setItems(Messages.Training_optimizerAuto, "Adam", "SGD"); //$NON-NLS-1$ //$NON-NLS-2$
		optimizer.setToolTipText(Messages.Training_optimizerTip);
		optimizer.addListener(SWT.Selection, event -> apply(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER,
				OPTIMIZERS[Math.max(0, optimizer.getSelectionIndex())]));

		Section advancedSection = section(body, Messages.Training_advanced, Section.TWISTIE | Section.TITLE_BAR);
		Composite advanced = toolkit.createComposite(advancedSection);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(advanced);
		advancedSection.setClient(advanced);
		label(advanced, Messages.Training_learningRate);
		learningRate = toolkit.createText(advanced, "", SWT.BORDER); //$NON-NLS-1$
		learningRate.setToolTipText(Messages.Training_learningRateTip);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(learningRate);
		learningRate.addListener(SWT.DefaultSelection, event -> applyLearningRate());
		learningRate.addListener(SWT.FocusOut, event -> applyLearningRate());
		label(advanced, Messages.Training_seed);
		seed = toolkit.createText(advanced, "", SWT.BORDER); //$NON-NLS-1$
		seed.setToolTipText(Messages.Training_seedTip);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(seed);
		seed.addListener(SWT.DefaultSelection, event -> applySeed());
		seed.addListener(SWT.FocusOut, event -> applySeed());
		augmentation = toolkit.createButton(advanced, Messages.Training_augmentation, SWT.CHECK | SWT.WRAP);
		augmentation.setToolTipText(Messages.Training_augmentationTip);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(augmentation);
		augmentation.addListener(SWT.Selection, event -> apply(ModelPackage.Literals.TRAINING_SETTINGS__AUGMENTATION,
				augmentation.getSelection()));

		Composite actions = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		train = toolkit.createButton(actions, Messages.Training_train, SWT.PUSH);
		ModelCommands.bind(train, this, ModelCommands.TRAIN);
		cancel = toolkit.createButton(actions, Messages.Training_cancel, SWT.PUSH);
		ModelCommands.bind(cancel, this, ModelCommands.CANCEL_TRAINING);
		cancel.setEnabled(false);
		progress = new ProgressBar(actions, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		Link learnMore = new Link(actions, SWT.NONE);
		learnMore.setText("<a>" + Messages.Training_learnMore + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		learnMore.addListener(SWT.Selection, event -> new LearnMoreDialog(getSite().getShell()).open());
		status = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);

		Section chartsSection = section(body, Messages.Training_charts, Section.TITLE_BAR | Section.EXPANDED);
		Composite charts = toolkit.createComposite(chartsSection);
		// One above the other: the view is usually a narrow column beside the editor.
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(charts);
		chartsSection.setClient(charts);
		loss = new MetricChart(charts, Messages.Chart_loss, false, List.of(
				new MetricChart.Series(Messages.Chart_trainLoss, TRAIN_COLOUR),
				new MetricChart.Series(Messages.Chart_valLoss, VALIDATION_COLOUR)));
		accuracy = new MetricChart(charts, Messages.Chart_accuracy, true, List.of(
				new MetricChart.Series(Messages.Chart_top1, TRAIN_COLOUR),
				new MetricChart.Series(NLS.bind(Messages.Chart_topK, 5), VALIDATION_COLOUR)));
		for (MetricChart chart : List.of(loss, accuracy)) {
			toolkit.adapt(chart.control());
			GridDataFactory.fillDefaults().grab(true, false).hint(260, 200).applyTo(chart.control());
			Link save = new Link(charts, SWT.NONE);
			save.setText("<a>" + Messages.Training_saveChart + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
			save.addListener(SWT.Selection, event -> saveChart(chart, chart == loss ? "loss.png" : "accuracy.png")); //$NON-NLS-1$ //$NON-NLS-2$
			save.moveBelow(chart.control());
		}

		Section resultsSection = section(body, Messages.Training_results, Section.TITLE_BAR | Section.EXPANDED);
		Composite results = toolkit.createComposite(resultsSection);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(results);
		resultsSection.setClient(results);
		summary = toolkit.createLabel(results, Messages.Training_noResults, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		wrapping(toolkit.createLabel(results, Messages.Training_confusion, SWT.WRAP));
		confusion = toolkit.createTable(results, SWT.BORDER | SWT.FULL_SELECTION);
		confusion.setHeaderVisible(true);
		confusion.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 100).applyTo(confusion);
		wrapping(toolkit.createLabel(results, Messages.Training_mistakes, SWT.WRAP));
		mistakes = new TableViewer(toolkit.createTable(results, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL));
		mistakes.getTable().setHeaderVisible(true);
		mistakes.setContentProvider(ArrayContentProvider.getInstance());
		mistakeColumn(Messages.Training_mistakeSample, 220, m -> m.sampleId());
		mistakeColumn(Messages.Training_mistakeTrue, 100, m -> className(m.trueClass()));
		mistakeColumn(Messages.Training_mistakePredicted, 100, m -> className(m.predicted()));
		mistakeColumn(Messages.Training_mistakeConfidence, 90,
				m -> String.format(Locale.ROOT, "%.0f %%", m.confidence() * 100)); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(mistakes.getControl());
		mistakes.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Misclassification mistake) {
				showSample(mistake.sampleId());
			}
		});

		tracker = new ModelEditorTracker(getSite().getPage(), editor -> {
			if (!updating) {
				show(editor);
			}
		});
		show(tracker.current());
	}

	private Section section(Composite parent, String title, int style) {
		Section section = toolkit.createSection(parent, style);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		section.addExpansionListener(org.eclipse.ui.forms.events.IExpansionListener.expansionStateChangedAdapter(
				event -> form.reflow(true)));
		return section;
	}

	/** A wrapping label must not ask for its one-line width, or the whole form gets that wide. */
	private static Label wrapping(Label label) {
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private Label label(Composite parent, String text) {
		return toolkit.createLabel(parent, text);
	}

	private Spinner spinner(Composite parent, int min, int max, String tip) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(min, min, max, 0, 1, 10);
		spinner.setToolTipText(tip);
		toolkit.adapt(spinner);
		spinner.addListener(SWT.Selection, event -> applySpinners());
		spinner.addListener(SWT.FocusOut, event -> applySpinners());
		return spinner;
	}

	private void mistakeColumn(String title, int width, java.util.function.Function<Misclassification, String> text) {
		TableViewerColumn column = new TableViewerColumn(mistakes, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Misclassification) element);
			}
		});
	}

	private String className(int index) {
		return lastReport != null && index < lastReport.classNames().size() ? lastReport.classNames().get(index)
				: Integer.toString(index);
	}

	private ModelEditor shown;

	/** Shows the editor's project and settings, or says to open one. */
	private void show(ModelEditor editor) {
		if (form.isDisposed()) {
			return;
		}
		boolean switched = editor != shown;
		shown = editor;
		boolean has = editor != null;
		train.setEnabled(has && running == null);
		if (!has) {
			header.heading(Messages.Training_noProject);
			return;
		}
		ModelProject model = editor.model();
		header.heading(NLS.bind(Messages.Training_title, model.getName()));
		updating = true;
		try {
			List<ModelKinds.Descriptor> forTask = ModelKinds.forTask(model.getTaskKind());
			if (!forTask.stream().map(ModelKinds.Descriptor::id).toList()
					.equals(kinds.stream().map(ModelKinds.Descriptor::id).toList())) {
				kinds = forTask;
				kind.setItems(kinds.stream().map(ModelKinds.Descriptor::label).toArray(String[]::new));
				kind.select(0);
				kind.setToolTipText(kinds.isEmpty() ? "" : kinds.getFirst().description()); //$NON-NLS-1$
			}
			TrainingSettings settings = model.getSettings();
			setIfChanged(batchSize, settings.getBatchSize());
			setIfChanged(epochs, settings.getEpochs());
			int index = List.of(OPTIMIZERS).indexOf(Objects.requireNonNullElse(settings.getOptimizer(), OptimizerChoice.AUTO)
					.toLowerCase(Locale.ROOT));
			optimizer.select(Math.max(0, index));
			if (!learningRate.isFocusControl()) {
				learningRate.setText(Double.toString(settings.getLearningRate()));
			}
			if (!seed.isFocusControl()) {
				seed.setText(Long.toString(settings.getSeed()));
			}
			augmentation.setSelection(settings.isAugmentation());
			if (running == null && lastReport == null) {
				showLastRun(model);
			}
		} finally {
			updating = false;
		}
		if (switched) {
			form.reflow(true);
		}
	}

	private static void setIfChanged(Spinner spinner, int value) {
		if (spinner.getSelection() != value && !spinner.isFocusControl()) {
			spinner.setSelection(value);
		}
	}

	/** Draws the project's last recorded run, so the charts are there when the project is reopened. */
	private void showLastRun(ModelProject model) {
		if (model.getRuns().isEmpty()) {
			loss.reset(model.getSettings().getEpochs());
			accuracy.reset(model.getSettings().getEpochs());
			return;
		}
		TrainingRun run = model.getRuns().getLast();
		loss.reset(run.getEpochs().size());
		accuracy.reset(run.getEpochs().size());
		for (EpochMetrics metrics : run.getEpochs()) {
			loss.add(0, metrics.getEpoch(), metrics.getTrainLoss());
			loss.add(1, metrics.getEpoch(), metrics.getValidationLoss());
			accuracy.add(0, metrics.getEpoch(), metrics.getTop1Accuracy());
			accuracy.add(1, metrics.getEpoch(), metrics.getTop5Accuracy());
		}
	}

	private void apply(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		ModelEditor editor = tracker.current();
		if (updating || editor == null) {
			return;
		}
		TrainingSettings settings = editor.model().getSettings();
		if (Objects.equals(settings.eGet(feature), value)) {
			return;
		}
		updating = true;
		try {
			editor.execute(SetCommand.create(editor.document().getEditingDomain(), settings, feature, value));
		} finally {
			updating = false;
		}
	}

	private void applySpinners() {
		apply(ModelPackage.Literals.TRAINING_SETTINGS__BATCH_SIZE, batchSize.getSelection());
		apply(ModelPackage.Literals.TRAINING_SETTINGS__EPOCHS, epochs.getSelection());
	}

	private void applyLearningRate() {
		try {
			double value = Double.parseDouble(learningRate.getText().strip().replace(',', '.'));
			if (value > 0 && value < 10) {
				apply(ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, value);
				status.setText(""); //$NON-NLS-1$
				return;
			}
		} catch (NumberFormatException e) {
			// told below
		}
		status.setText(NLS.bind(Messages.Training_badLearningRate, learningRate.getText()));
	}

	private void applySeed() {
		try {
			apply(ModelPackage.Literals.TRAINING_SETTINGS__SEED, Long.parseLong(seed.getText().strip()));
		} catch (NumberFormatException e) {
			status.setText(NLS.bind(Messages.Training_badSeed, seed.getText()));
		}
	}

	private ModelKinds.Descriptor selectedKind() {
		int index = kind.getSelectionIndex();
		return index >= 0 && index < kinds.size() ? kinds.get(index) : null;
	}

	/** Chooses the model kind with id {@code id}, as the combo does. */
	public void selectModelKind(String id) {
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).id().equals(id)) {
				kind.select(i);
			}
		}
	}

	/** Sets the number of epochs, as the spinner does. */
	public void setEpochs(int value) {
		epochs.setSelection(value);
		applySpinners();
	}

	/**
	 * Trains the active editor's project in a job: unassigned samples get their 70/30 split first
	 * (an undoable command), the charts follow each epoch, and the run is recorded in the model.
	 *
	 * @return the job, or null when there is nothing to train
	 */
	public TrainingJob train() {
		ModelEditor editor = tracker.current();
		if (editor == null || running != null) {
			return null;
		}
		ModelKinds.Descriptor chosen = selectedKind();
		if (chosen == null) {
			status.setText(Messages.Training_noKind);
			return null;
		}
		ModelProject model = editor.model();
		Command splits = ProjectSamples.assignSplits(editor.document().getEditingDomain(), model);
		editor.execute(splits);
		SampleSet samples = ProjectSamples.of(model, editor.projectFolder());
		TrainingOptions options = TrainingOptions.from(model.getSettings());
		loss.reset(options.epochs());
		accuracy.reset(options.epochs());
		accuracy.rename(1, NLS.bind(Messages.Chart_topK, dev.modelbench.train.metrics.ClassificationMetrics.topK(samples.classNames().size())));
		lastReport = null;
		showResults(null);
		progress.setMaximum(options.epochs());
		progress.setSelection(0);
		status.setText(NLS.bind(Messages.Training_started, new Object[] { chosen.label(),
				samples.of(Split.TRAIN).size(), samples.of(Split.VALIDATION).size() }));
		Path folder = editor.projectFolder();
		Instant started = Instant.now();
		TrainingJob job = new TrainingJob(model.getName(), folder, UiPreferences.cacheFolder(folder), samples, chosen,
				options, epoch -> {
					if (!form.isDisposed()) {
						form.getDisplay().asyncExec(() -> showEpoch(epoch));
					}
				});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!form.isDisposed()) {
					form.getDisplay().asyncExec(() -> finished(job, editor, started, event.getResult().getSeverity()));
				}
			}
		});
		running = job;
		runningProject = editor.modelFile().getProject();
		train.setEnabled(false);
		cancel.setEnabled(true);
		job.schedule();
		return job;
	}

	/** Stops the running training; the best finished epoch is kept. */
	public void cancel() {
		if (running != null) {
			running.cancel();
			status.setText(Messages.Training_cancelling);
		}
	}

	private void showEpoch(EpochResult epoch) {
		if (form.isDisposed()) {
			return;
		}
		loss.add(0, epoch.epoch(), epoch.trainLoss());
		loss.add(1, epoch.epoch(), epoch.validationLoss());
		accuracy.add(0, epoch.epoch(), epoch.top1Accuracy());
		accuracy.add(1, epoch.epoch(), epoch.topKAccuracy());
		progress.setSelection(epoch.epoch());
		status.setText(NLS.bind(Messages.Training_epoch, new Object[] { epoch.epoch(), epoch.epochs(),
				String.format(Locale.ROOT, "%.0f %%", epoch.top1Accuracy() * 100), epoch.k(), //$NON-NLS-1$
				String.format(Locale.ROOT, "%.0f %%", epoch.topKAccuracy() * 100) })); //$NON-NLS-1$
	}

	private void finished(TrainingJob job, ModelEditor editor, Instant started, int severity) {
		running = null;
		IProject project = runningProject;
		runningProject = null;
		if (form.isDisposed()) {
			return;
		}
		cancel.setEnabled(false);
		train.setEnabled(tracker.current() != null);
		TrainingReport report = job.report();
		if (!project.isOpen()) {
			// Its editor is closed with it: nothing to record the run in; the trained model is on disk.
			status.setText(NLS.bind(report == null ? Messages.Training_projectClosedNothing : Messages.Training_projectClosed,
					project.getName()));
			lastReport = report;
			return;
		}
		if (report == null) {
			status.setText(job.problem() != null ? job.problem()
					: severity == org.eclipse.core.runtime.IStatus.CANCEL ? Messages.Training_cancelledNothing : ""); //$NON-NLS-1$
			return;
		}
		lastReport = report;
		if (editor == tracker.current()) {
			updating = true;
			try {
				editor.execute(ProjectTraining.recordRun(editor.document().getEditingDomain(), editor.model(), report,
						started));
			} finally {
				updating = false;
			}
		}
		status.setText(report.cancelled() ? Messages.Training_cancelledKept : Messages.Training_done);
		showResults(report);
		refreshTrainedFolder(editor);
	}

	private void refreshTrainedFolder(ModelEditor editor) {
		IResource folder = editor.modelFile().getProject().getFolder(TrainedModelStore.FOLDER);
		Job refresh = Job.create(Messages.Training_refreshJob, (IProgressMonitor monitor) -> {
			try {
				folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.setRule(folder.getProject());
		refresh.schedule();
	}

	private void showResults(TrainingReport report) {
		for (TableColumn column : confusion.getColumns()) {
			column.dispose();
		}
		confusion.removeAll();
		if (report == null) {
			summary.setText(Messages.Training_noResults);
			mistakes.setInput(new Object[0]);
			return;
		}
		summary.setText(NLS.bind(Messages.Training_summary, new Object[] { report.bestEpoch(),
				String.format(Locale.ROOT, "%.0f %%", report.finalAccuracy() * 100), report.topK(), //$NON-NLS-1$
				String.format(Locale.ROOT, "%.0f %%", report.finalTopKAccuracy() * 100), //$NON-NLS-1$
				report.evaluatedOn() == dev.modelbench.train.EvaluationSet.VALIDATION ? Messages.Training_onValidation
						: Messages.Training_onTraining })
				+ (report.notes().isEmpty() ? "" : "\n" + String.join("\n", report.notes()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ConfusionMatrix matrix = report.confusionMatrix();
		TableColumn corner = new TableColumn(confusion, SWT.LEFT);
		corner.setText(Messages.Training_truePredicted);
		corner.setWidth(140);
		for (String name : report.classNames()) {
			TableColumn column = new TableColumn(confusion, SWT.RIGHT);
			column.setText(name);
			column.setWidth(Math.max(60, name.length() * 9));
		}
		for (int t = 0; t < matrix.classes(); t++) {
			TableItem row = new TableItem(confusion, SWT.NONE);
			row.setText(0, report.classNames().get(t));
			for (int p = 0; p < matrix.classes(); p++) {
				row.setText(p + 1, Integer.toString(matrix.count(t, p)));
				if (t == p) {
					row.setBackground(p + 1, confusion.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
				}
			}
		}
		mistakes.setInput(report.misclassified().toArray());
		// Only the summary can change height (the tables have fixed ones): a cheap reflow.
		summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
		form.reflow(false);
	}

	/** Selects a sample (a project path such as data/cat/001.jpg) in the Project Explorer, and shows it. */
	public IFile showSample(String sampleId) {
		ModelEditor editor = tracker.current();
		if (editor == null || sampleId == null) {
			return null;
		}
		IFile file = editor.modelFile().getProject().getFile(sampleId);
		try {
			IWorkbenchPage page = getSite().getPage();
			IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(file));
			}
		} catch (org.eclipse.ui.PartInitException e) {
			status.setText(e.getMessage());
		}
		status.setText(NLS.bind(Messages.Training_sampleShown, sampleId));
		return file;
	}

	private void saveChart(MetricChart chart, String name) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFileName(name);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			chart.exportPng(Path.of(file));
			status.setText(NLS.bind(Messages.Training_chartSaved, file));
		}
	}

	/** The view's controls. */
	public Composite body() {
		return form.getBody();
	}

	/** The loss chart (train and validation loss). */
	public MetricChart lossChart() {
		return loss;
	}

	/** The accuracy chart (top-1 and top-k). */
	public MetricChart accuracyChart() {
		return accuracy;
	}

	/** The report of the last run in this view, or null. */
	public TrainingReport lastReport() {
		return lastReport;
	}

	public String statusText() {
		return status.getText();
	}

	/** The text of the confusion matrix cell (row = true class, column = predicted). */
	public String confusionCell(int truth, int predicted) {
		return confusion.getItem(truth).getText(predicted + 1);
	}

	/** The misclassified samples listed. */
	public int mistakesShown() {
		return mistakes.getTable().getItemCount();
	}

	public boolean isTraining() {
		return running != null;
	}

	@Override
	public void setFocus() {
		train.setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectWatcher);
		if (tracker != null) {
			tracker.dispose();
		}
		if (running != null) {
			running.cancel();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
