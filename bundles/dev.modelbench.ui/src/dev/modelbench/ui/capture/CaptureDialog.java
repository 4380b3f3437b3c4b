package dev.modelbench.ui.capture;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import dev.modelbench.ui.forms.UiThread;

/**
 * What the webcam and the microphone dialogs share: a resizable window titled after the category,
 * closed with Close (what was recorded is already in the project), and a way for capture threads
 * to reach the UI while it is open.
 */
abstract class CaptureDialog extends Dialog {

	private static final int MIN_WIDTH = 520;

	private final String title;
	private boolean fromBoard;

	CaptureDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Asks the dialog, before it opens, to choose a connected board's sensor (Record from a Board). */
	public final void recordFromBoard() {
		fromBoard = true;
	}

	/** Whether {@link #recordFromBoard()} was asked for. */
	protected final boolean fromBoard() {
		return fromBoard;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, MIN_WIDTH), size.y);
	}

	/** Runs {@code work} on the UI thread unless the dialog has been closed by then. */
	protected final void asyncIfOpen(Runnable work) {
		Shell shell = getShell();
		if (shell != null) {
			UiThread.whileOpen(shell, work);
		}
	}
}
