package dev.modelbench.ui.deploy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

import dev.modelbench.deploy.BoardKeyChangedException;
import dev.modelbench.deploy.unihiker.KnownBoardKeys;
import dev.modelbench.deploy.unihiker.NewBoardKeyConfirmation;

/**
 * The user's say over which boards to log in to: a board met for the first time is trusted only
 * after its fingerprint is confirmed; after a changed key was refused, the old key can be forgotten
 * (a re-flashed board). Called from jobs; the dialogs open on the UI thread.
 */
final class BoardKeyQuestions implements NewBoardKeyConfirmation {

	private final Display display;
	private final KnownBoardKeys keys;

	BoardKeyQuestions(Display display, KnownBoardKeys keys) {
		this.display = display;
		this.keys = keys;
	}

	KnownBoardKeys keys() {
		return keys;
	}

	/** Asks and waits for the answer; the connection waits meanwhile, the UI does not. */
	@Override
	public boolean trust(String host, int port, String fingerprint) {
		AtomicBoolean trusted = new AtomicBoolean();
		if (!display.isDisposed()) {
			display.syncExec(() -> trusted.set(MessageDialog.open(MessageDialog.QUESTION, display.getActiveShell(),
					Messages.BoardKey_newTitle, NLS.bind(Messages.BoardKey_new, host, fingerprint), SWT.NONE,
					Messages.BoardKey_trust, IDialogConstants.CANCEL_LABEL) == 0));
		}
		return trusted.get();
	}

	/** Shows why the board was refused and offers to forget its old key; {@code outcome} hears what was done. */
	void offerToForget(BoardKeyChangedException changed, Consumer<String> outcome) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (MessageDialog.open(MessageDialog.WARNING, display.getActiveShell(), Messages.BoardKey_changedTitle,
					changed.getMessage(), SWT.NONE, Messages.BoardKey_forget, IDialogConstants.CANCEL_LABEL) != 0) {
				return;
			}
			try {
				keys.forget(changed.host(), changed.port());
				outcome.accept(NLS.bind(Messages.BoardKey_forgotten, changed.host()));
			} catch (IOException e) {
				outcome.accept(NLS.bind(Messages.BoardKey_forgetFailed, changed.host(), e.getMessage()));
			}
		});
	}
}
