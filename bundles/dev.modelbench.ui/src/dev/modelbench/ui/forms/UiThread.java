package dev.modelbench.ui.forms;

import org.eclipse.swt.widgets.Widget;

/** Hands work from a background thread (a job, a capture or serial thread) to the UI thread. */
public final class UiThread {

	private UiThread() {
	}

	/** Runs {@code work} on the UI thread later if {@code widget} is still there then; callable from any thread. */
	public static void whileOpen(Widget widget, Runnable work) {
		whileOpen(widget, work, () -> {
			// nothing was taken over that needs releasing
		});
	}

	/**
	 * Runs {@code work} on the UI thread later if {@code widget} is still there then, else
	 * {@code otherwise} (which releases what {@code work} would have taken over); callable from any
	 * thread.
	 */
	public static void whileOpen(Widget widget, Runnable work, Runnable otherwise) {
		if (widget.isDisposed()) {
			otherwise.run();
			return;
		}
		widget.getDisplay().asyncExec(() -> {
			if (widget.isDisposed()) {
				otherwise.run();
			} else {
				work.run();
			}
		});
	}
}
