package dev.modelbench.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.modelbench.ui.deploy.SerialMonitorView;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Serial Monitor view as a user works it: choose the port and rate, Connect, type and Send, read
 * what the board printed and the status line. Every method may be called from the test thread.
 */
final class SerialMonitorTester {

	private final SerialMonitorView view;
	private final Composite root;

	private SerialMonitorTester(SerialMonitorView view) {
		this.view = view;
		root = Widgets.named(view.getSite().getShell(), Composite.class, "monitor");
	}

	/** Shows the Serial Monitor view in the active page. */
	static SerialMonitorTester show() {
		return Workbench.onUiThread(
				() -> new SerialMonitorTester((SerialMonitorView) Workbench.page().showView(SerialMonitorView.ID)));
	}

	/** Types {@code path} as the port and picks {@code baud} as the rate. */
	void choosePort(String path, int baud) {
		Workbench.onUiThread(() -> {
			Widgets.type(named(Combo.class, "monitor.port"), path);
			Widgets.select(named(Combo.class, "monitor.baud"), Integer.toString(baud));
		});
	}

	/** Presses Refresh beside the port. */
	void pressRefreshPorts() {
		press("monitor.port.refresh");
	}

	/** The ports the port list offers now. */
	List<String> listedPorts() {
		return Workbench.onUiThread(() -> List.of(named(Combo.class, "monitor.port").getItems()));
	}

	/** Makes the port list show {@code stale} only, as a list made before a port was plugged in or out would. */
	void showOldPortList(String stale) {
		Workbench.onUiThread(() -> named(Combo.class, "monitor.port").setItems(stale));
	}

	/** Presses Connect (the button reads Disconnect while connected). */
	void pressConnect() {
		press("monitor.connect");
	}

	/** Disconnects, as the Disconnect button does, if the monitor is connected. */
	void disconnectIfConnected() {
		Workbench.onUiThread(() -> ModelCommands.execute(view, ModelCommands.SERIAL_DISCONNECT, Map.of()));
	}

	/** Saves the log into {@code file}, as Save does once the file is chosen. */
	void saveLog(Path file) {
		Workbench.onUiThread(() -> ModelCommands.execute(view, ModelCommands.SERIAL_SAVE_LOG,
				Map.of(ModelCommands.FILE_PARAMETER, file.toString())));
	}

	/** Ticks or clears Timestamps. */
	void showTimestamps(boolean on) {
		Workbench.onUiThread(() -> {
			Button box = named(Button.class, "monitor.timestamps");
			if (box.getSelection() != on) {
				Widgets.click(box);
			}
		});
	}

	/** Types {@code line} and presses Send. */
	void send(String line) {
		Workbench.onUiThread(() -> {
			Widgets.type(named(Text.class, "monitor.input"), line);
			Widgets.click(named(Button.class, "monitor.send"));
		});
	}

	void pressClear() {
		press("monitor.clear");
	}

	/** What the output shows. */
	String output() {
		return Workbench.onUiThread(() -> named(Text.class, "monitor.output").getText());
	}

	/** What the status line says. */
	String status() {
		return Workbench.onUiThread(() -> named(Label.class, "monitor.state").getText());
	}

	private void press(String button) {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, button)));
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}
}
