package dev.modelbench.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.modelbench.train.ModelKinds;
import dev.modelbench.ui.training.MetricChart;
import dev.modelbench.ui.training.TrainingJob;
import dev.modelbench.ui.training.TrainingView;

/**
 * The Training view as a user works it: set the epochs, choose the model, press Train or Cancel,
 * read the status line, the charts and the result. Every method may be called from the test thread.
 */
final class TrainingViewTester {

	private final TrainingView view;
	private final ScrolledForm root;

	private TrainingViewTester(TrainingView view) {
		this.view = view;
		root = Workbench.onUiThread(() -> Widgets.named(view.getSite().getShell(), ScrolledForm.class, "training")); //$NON-NLS-1$
	}

	/** The tester of a shown Training view. */
	static TrainingViewTester of(TrainingView view) {
		return new TrainingViewTester(view);
	}

	/** Shows the Training view in the active page. */
	static TrainingViewTester show() {
		return Workbench.onUiThread(() -> new TrainingViewTester((TrainingView) Workbench.page().showView(TrainingView.ID)));
	}

	TrainingView view() {
		return view;
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}

	/** Sets the number of epochs, as typing it in the spinner does. */
	void setEpochs(int epochs) {
		Workbench.onUiThread(() -> {
			Spinner spinner = named(Spinner.class, "training.epochs"); //$NON-NLS-1$
			spinner.setSelection(epochs);
			spinner.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Chooses the model kind whose id is {@code id} ("transfer", "cnn") in the model list. */
	void chooseModel(String id) {
		String label = ModelKinds.find(id).orElseThrow().label();
		Workbench.onUiThread(() -> Widgets.select(named(Combo.class, "training.kind"), label)); //$NON-NLS-1$
	}

	/**
	 * Presses Train model.
	 *
	 * @return the training job it started, or null when it started none
	 */
	TrainingJob pressTrain() {
		List<TrainingJob> started = new ArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob() instanceof TrainingJob job) {
					started.add(job);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			Workbench.onUiThread(() -> Widgets.click(named(Button.class, "training.train"))); //$NON-NLS-1$
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		return started.isEmpty() ? null : started.getFirst();
	}

	/** Presses Cancel. */
	void pressCancel() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "training.cancel"))); //$NON-NLS-1$
	}

	/** Whether a training runs, as the view shows it: Cancel can be pressed. */
	boolean isTraining() {
		return Workbench.onUiThread(() -> named(Button.class, "training.cancel").isEnabled()); //$NON-NLS-1$
	}

	/** Whether Train model can be pressed. */
	boolean canTrain() {
		return Workbench.onUiThread(() -> named(Button.class, "training.train").isEnabled()); //$NON-NLS-1$
	}

	/** Waits up to {@code seconds} until the training has ended and the view shows how. */
	void waitUntilTrained(int seconds) {
		Workbench.waitUntil("the training ended", seconds, () -> !named(Button.class, "training.cancel").isEnabled()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The form's heading ("Train: digits"). */
	String heading() {
		return Workbench.onUiThread(root::getText);
	}

	/** What the status line under Train says. */
	String status() {
		return Workbench.onUiThread(() -> named(Label.class, "training.status").getText()); //$NON-NLS-1$
	}

	/** The result's summary ("Best epoch 3: top-1 accuracy ..."), or the word to train first. */
	String summary() {
		return Workbench.onUiThread(() -> named(Label.class, "training.summary").getText()); //$NON-NLS-1$
	}

	/** The loss chart (train and validation loss). On the UI thread. */
	MetricChart lossChart() {
		return chart("training.lossChart"); //$NON-NLS-1$
	}

	/** The accuracy chart (top-1 and top-k). On the UI thread. */
	MetricChart accuracyChart() {
		return chart("training.accuracyChart"); //$NON-NLS-1$
	}

	private MetricChart chart(String name) {
		return MetricChart.of(named(Canvas.class, name));
	}

	/** Scrolls the view to its charts, as a user does to watch them. */
	void scrollToCharts() {
		Workbench.onUiThread(() -> {
			root.showControl(lossChart().control());
			root.showControl(accuracyChart().control());
		});
	}

	/** How many epochs the loss chart shows. */
	int lossPoints() {
		return Workbench.onUiThread(() -> lossChart().points(0));
	}

	/** The confusion matrix cell of true class {@code truth} and predicted {@code predicted}, as shown. */
	String confusionCell(int truth, int predicted) {
		return Workbench.onUiThread(
				() -> named(Table.class, "training.confusion").getItem(truth).getText(predicted + 1)); //$NON-NLS-1$
	}

	/** How many rows the confusion matrix shows (none before training). */
	int confusionRows() {
		return Workbench.onUiThread(() -> named(Table.class, "training.confusion").getItemCount()); //$NON-NLS-1$
	}

	/** Whether the view shows a trained model's result (its confusion matrix). */
	boolean showsResult() {
		return confusionRows() > 0;
	}

	/** How many misclassified samples are listed. */
	int mistakesShown() {
		return Workbench.onUiThread(() -> named(Table.class, "training.mistakes").getItemCount()); //$NON-NLS-1$
	}
}
