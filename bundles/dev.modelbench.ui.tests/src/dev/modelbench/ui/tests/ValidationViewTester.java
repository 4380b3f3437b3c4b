package dev.modelbench.ui.tests;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.validation.ValidationView;

/**
 * The Validation view as a user works it: choose a source, type a board's port, watch it, read the
 * answers. Every method may be called from the test thread.
 */
final class ValidationViewTester {

	private final ValidationView view;
	private final ScrolledForm root;

	private ValidationViewTester(ValidationView view) {
		this.view = view;
		root = Widgets.named(view.getSite().getShell(), ScrolledForm.class, "validation");
	}

	/** Shows the Validation view in the active page. */
	static ValidationViewTester show() {
		return Workbench.onUiThread(
				() -> new ValidationViewTester((ValidationView) Workbench.page().showView(ValidationView.ID)));
	}

	/** Waits until the project's trained model is loaded. */
	void waitForTheModel() {
		Workbench.waitUntil("the trained model is loaded", 60, view::hasModel);
	}

	/** Chooses the Board source. */
	void chooseBoard() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.board")));
	}

	/** Chooses the File source. */
	void chooseFile() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.file")));
	}

	/** Types {@code path} as the board's port. */
	void typePort(String path) {
		Workbench.onUiThread(() -> Widgets.type(named(Combo.class, "validation.board.port"), path));
	}

	/** Presses Watch the board (Stop watching while it watches). */
	void pressWatch() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.board.watch")));
	}

	String watchButtonText() {
		return Workbench.onUiThread(() -> named(Button.class, "validation.board.watch").getText());
	}

	/** What the board said last, e.g. "Board: cat  90 %". */
	String boardSays() {
		return text("validation.board.result");
	}

	/** The PC model's answer on the board's frame, or why there is none. */
	String pcSays() {
		return text("validation.board.pc");
	}

	/** "Same answer on 17 of 20 frames (85 %)", empty before a frame was compared. */
	String agreement() {
		return text("validation.board.agreement");
	}

	/** The big answer under the picture. */
	String result() {
		return text("validation.result");
	}

	/**
	 * Presses Export as its button does and answers the folder question with {@code folder}.
	 *
	 * @return whether the command ran (false when it found no project, or was not enabled)
	 */
	boolean exportTo(java.nio.file.Path folder) {
		return Workbench.onUiThread(() -> ModelCommands.execute(view, ModelCommands.EXPORT,
				java.util.Map.of(ModelCommands.FOLDER_PARAMETER, folder.toString())) != null);
	}

	/** What the last export did ("Exported ..."), empty before one. */
	String exportStatus() {
		return text("validation.exportStatus");
	}

	/** The view's control, for screenshots. */
	Control control() {
		return root;
	}

	private String text(String name) {
		return Workbench.onUiThread(() -> named(Label.class, name).getText());
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}
}
