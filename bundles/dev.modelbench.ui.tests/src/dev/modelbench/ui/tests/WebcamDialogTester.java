package dev.modelbench.ui.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import dev.modelbench.ui.capture.WebcamDialog;

/**
 * The webcam dialog as a user works it: see the camera chosen and its preview, set the frames per
 * second, hold and release Hold to record, read the status line. Every method may be called from
 * the test thread.
 */
final class WebcamDialogTester {

	private static final Pattern RECORDED = Pattern.compile("(\\d+) pictures recorded");

	private final WebcamDialog dialog;
	private final AtomicInteger previewPaints = new AtomicInteger();

	/** Starts watching {@code dialog}'s preview; create it as soon as the dialog is open. */
	WebcamDialogTester(WebcamDialog dialog) {
		this.dialog = dialog;
		Workbench.onUiThread(() -> named(Canvas.class, "webcam.preview").addListener(SWT.Paint,
				event -> previewPaints.incrementAndGet()));
	}

	Shell shell() {
		return Workbench.onUiThread(dialog::getShell);
	}

	void close() {
		Workbench.onUiThread(dialog::close);
	}

	/** The camera chosen in the list. */
	String chosenCamera() {
		return Workbench.onUiThread(() -> named(Combo.class, "camera.device").getText());
	}

	/** What the camera chooser says ("Looking for cameras..." while it looks). */
	String pickerMessage() {
		return text("camera.message");
	}

	/** The cameras the list offers now. */
	List<String> listedCameras() {
		return Workbench.onUiThread(() -> List.of(named(Combo.class, "camera.device").getItems()));
	}

	/** Presses Refresh beside the camera list. */
	void pressRefresh() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "camera.refresh")));
	}

	/** Waits until a camera is open and its pictures are drawn in the preview: Hold to record is offered. */
	void waitForThePreview(String what) {
		Workbench.waitUntil(what, 30, () -> recordEnabled() && previewPaints.get() > 5);
	}

	/** How often the preview was drawn since the dialog opened: a moving picture draws it over and over. */
	int previewPaints() {
		return previewPaints.get();
	}

	/** Sets the frames per second, as the user does in the spinner. */
	void setFramesPerSecond(int value) {
		Workbench.onUiThread(() -> {
			Spinner fps = named(Spinner.class, "webcam.fps");
			fps.setSelection(value);
			fps.notifyListeners(SWT.Modify, new Event());
		});
	}

	/** The warning beside the frames per second, empty when the rate is fine. */
	String fpsWarning() {
		return text("webcam.fpsWarning");
	}

	boolean recordEnabled() {
		return Workbench.onUiThread(() -> named(Button.class, "webcam.record").isEnabled());
	}

	/** Presses the mouse button down on Hold to record: recording runs until {@link #releaseRecord()}. */
	void holdRecord() {
		mouse(SWT.MouseDown);
	}

	void releaseRecord() {
		mouse(SWT.MouseUp);
	}

	/** What the camera chooser says under its list: problems, or what to connect. */
	String cameraMessage() {
		return text("camera.message");
	}

	/** The webcam dialog open now (one a command opened), found by its shell. */
	static WebcamDialogTester find() {
		Workbench.waitUntil("the webcam dialog opens", 30, () -> Workbench.onUiThread(() -> open() != null));
		return new WebcamDialogTester(Workbench.onUiThread(WebcamDialogTester::open));
	}

	private static WebcamDialog open() {
		for (Shell shell : Workbench.display().getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof WebcamDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	/** What the status line says. */
	String status() {
		return text("webcam.status");
	}

	/** The pictures recorded since the dialog opened, as the status line counts them; 0 before any. */
	int recordedPictures() {
		Matcher count = RECORDED.matcher(status());
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	private void mouse(int type) {
		Workbench.onUiThread(() -> {
			Event event = new Event();
			event.button = 1;
			named(Button.class, "webcam.record").notifyListeners(type, event);
		});
	}

	private String text(String name) {
		return Workbench.onUiThread(() -> named(Label.class, name).getText());
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(dialog.getShell(), type, name);
	}
}
