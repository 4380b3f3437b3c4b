package dev.modelbench.ui.training;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** "Learn more": what the charts and the settings mean, in the words of seed 000. */
final class LearnMoreDialog extends Dialog {

	LearnMoreDialog(Shell parent) {
		super(parent);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LearnMore_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		// A read-only text rather than labels: it scrolls at 200 % zoom and screen readers read it.
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(text());
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(80),
				convertHeightInCharsToPixels(24)).applyTo(text);
		return area;
	}

	static String text() {
		return String.join("\n\n", Messages.LearnMore_trainLoss, Messages.LearnMore_valLoss, //$NON-NLS-1$
				Messages.LearnMore_top1, Messages.LearnMore_topK, Messages.LearnMore_batch, Messages.LearnMore_epochs,
				Messages.LearnMore_optimizer, Messages.LearnMore_confusion);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
