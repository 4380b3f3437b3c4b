package dev.modelbench.ui.tests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.modelbench.ui.capture.MicrophoneDialog;

/**
 * The microphone dialog as a user works it: see which microphone is chosen, Record, Extract, read
 * the status line. Every method may be called from the test thread.
 */
final class MicrophoneDialogTester {

	private static final Pattern SINCE_OPENED = Pattern.compile("\\((\\d+) since this window opened\\)");

	private final MicrophoneDialog dialog;

	MicrophoneDialogTester(MicrophoneDialog dialog) {
		this.dialog = dialog;
	}

	Shell shell() {
		return Workbench.onUiThread(dialog::getShell);
	}

	void close() {
		Workbench.onUiThread(dialog::close);
	}

	/** What the microphone chooser says ("Looking for microphones..." while it looks). */
	String pickerMessage() {
		return Workbench.onUiThread(() -> named(Label.class, "microphone.message").getText());
	}

	/** The microphone chosen in the list. */
	String chosenMicrophone() {
		return Workbench.onUiThread(() -> named(Combo.class, "microphone.device").getText());
	}

	/** The microphones the list offers now. */
	List<String> listedMicrophones() {
		return Workbench.onUiThread(() -> List.of(named(Combo.class, "microphone.device").getItems()));
	}

	/** Presses Refresh beside the microphone list. */
	void pressRefresh() {
		press("microphone.refresh");
	}

	boolean recordEnabled() {
		return enabled("microphone.record");
	}

	boolean extractEnabled() {
		return enabled("microphone.extract");
	}

	void pressRecord() {
		press("microphone.record");
	}

	void pressExtract() {
		press("microphone.extract");
	}

	/** Whether a recording runs, as the status line says while it does. */
	boolean recording() {
		return status().startsWith("Recording from");
	}

	/** What the status line says. */
	String status() {
		return Workbench.onUiThread(() -> named(Label.class, "microphone.status").getText());
	}

	/** The samples extracted since the dialog opened, as the status line counts them; 0 before any. */
	int extractedSamples() {
		Matcher count = SINCE_OPENED.matcher(status());
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	private boolean enabled(String button) {
		return Workbench.onUiThread(() -> named(Button.class, button).isEnabled());
	}

	private void press(String button) {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, button)));
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(dialog.getShell(), type, name);
	}
}
