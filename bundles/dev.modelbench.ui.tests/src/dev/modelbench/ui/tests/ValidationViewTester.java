package dev.modelbench.ui.tests;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.modelbench.train.Prediction;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.validation.LivePredictions;
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

	/** Waits until the project's trained model is loaded, as the view's message says. */
	void waitForTheModel() {
		Workbench.waitUntil("the trained model is loaded", 60, () -> named(Label.class, "form.message").getText()
				.startsWith("Trained model:"));
	}

	/** Chooses the Webcam source (image projects): the camera starts and its frames are classified. */
	void chooseWebcam() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.webcam")));
	}

	/** Chooses the Microphone source (sound projects). */
	void chooseMicrophone() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.microphone")));
	}

	boolean listenEnabled() {
		return Workbench.onUiThread(() -> named(Button.class, "validation.listen").isEnabled());
	}

	/** Presses Listen (Stop listening while it listens). */
	void pressListen() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "validation.listen")));
	}

	/** "&Listen", or "Stop listening" while it listens. */
	String listenButtonText() {
		return Workbench.onUiThread(() -> named(Button.class, "validation.listen").getText());
	}

	/**
	 * Classifies {@code file} as Validate on File does once the file is chosen.
	 *
	 * @return the job, or null when the command did not run (no trained model)
	 */
	Job validateFile(Path file) {
		return Workbench.onUiThread(() -> (Job) ModelCommands.execute(view, ModelCommands.VALIDATE_FILE,
				Map.of(ModelCommands.FILE_PARAMETER, file.toString())));
	}

	/** Counts the view's answers from now until closed (live frames, sound windows and files alike). */
	static Answers countAnswers() {
		return new Answers();
	}

	/** The answers given since {@link #countAnswers()}. */
	static final class Answers implements AutoCloseable {
		private final AtomicInteger count = new AtomicInteger();
		private final Consumer<Prediction> listener = prediction -> count.incrementAndGet();

		private Answers() {
			LivePredictions.addListener(listener);
		}

		int count() {
			return count.get();
		}

		@Override
		public void close() {
			LivePredictions.removeListener(listener);
		}
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
	boolean exportTo(Path folder) {
		return Workbench.onUiThread(() -> ModelCommands.execute(view, ModelCommands.EXPORT,
				Map.of(ModelCommands.FOLDER_PARAMETER, folder.toString())) != null);
	}

	/** The view's heading: which project it shows. */
	String heading() {
		return Workbench.onUiThread(root::getText);
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
