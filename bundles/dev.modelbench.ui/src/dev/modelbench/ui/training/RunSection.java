package dev.modelbench.ui.training;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Training view's run controls: Train and Cancel (the commands), the epochs done, Learn more,
 * and the status line that says what the training is doing or why it did not start.
 */
final class RunSection {

	private final Button train;
	private final Button cancel;
	private final ProgressBar progress;
	private final Label status;

	RunSection(PartForm form, IWorkbenchPart part) {
		FormToolkit toolkit = form.toolkit();
		Composite actions = toolkit.createComposite(form.body());
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		train = WidgetNames.name(toolkit.createButton(actions, Messages.Training_train, SWT.PUSH), "training.train"); //$NON-NLS-1$
		ModelCommands.bind(train, part, ModelCommands.TRAIN);
		cancel = WidgetNames.name(toolkit.createButton(actions, Messages.Training_cancel, SWT.PUSH), "training.cancel"); //$NON-NLS-1$
		ModelCommands.bind(cancel, part, ModelCommands.CANCEL_TRAINING);
		cancel.setEnabled(false);
		progress = new ProgressBar(actions, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		Link learnMore = new Link(actions, SWT.NONE);
		learnMore.setText("<a>" + Messages.Training_learnMore + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		learnMore.addListener(SWT.Selection, event -> new LearnMoreDialog(part.getSite().getShell()).open());
		status = WidgetNames.name(toolkit.createLabel(form.body(), "", SWT.WRAP), "training.status"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
	}

	/** Train works when there is a project and no training runs; Cancel while one runs. */
	void enable(boolean project, boolean running) {
		train.setEnabled(project && !running);
		cancel.setEnabled(running);
	}

	/** Shows {@code done} of {@code planned} epochs. */
	void progress(int done, int planned) {
		progress.setMaximum(Math.max(1, planned));
		progress.setSelection(done);
	}

	void status(String text) {
		status.setText(text);
	}

	void setFocus() {
		train.setFocus();
	}
}
