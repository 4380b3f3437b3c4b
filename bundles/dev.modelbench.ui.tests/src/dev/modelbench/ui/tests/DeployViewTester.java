package dev.modelbench.ui.tests;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.modelbench.ui.deploy.DeployView;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Deploy view as a user works it: choose a board and port, press its buttons, read what it says.
 * Every method may be called from the test thread.
 */
final class DeployViewTester {

	private static final String ACTION = "deploy.action.";

	private final DeployView view;
	private final ScrolledForm root;

	private DeployViewTester(DeployView view) {
		this.view = view;
		root = Widgets.named(view.getSite().getShell(), ScrolledForm.class, "deploy");
	}

	/** Shows the Deploy view in the active page. */
	static DeployViewTester show() {
		return Workbench.onUiThread(() -> new DeployViewTester((DeployView) Workbench.page().showView(DeployView.ID)));
	}

	DeployView view() {
		return view;
	}

	/** Chooses the board whose name is {@code name} in the board list. */
	void chooseBoard(String name) {
		Workbench.onUiThread(() -> Widgets.select(named(Combo.class, "deploy.board"), name + " ("));
	}

	/** The boards the board list offers, by name (without their chip). */
	List<String> boards() {
		return Workbench.onUiThread(() -> Stream.of(named(Combo.class, "deploy.board").getItems())
				.map(item -> item.substring(0, item.lastIndexOf(" ("))).toList());
	}

	/** The classes of the action table, in order. */
	List<String> actionClasses() {
		return Workbench.onUiThread(() -> Widgets.names(root).stream().filter(name -> name.startsWith(ACTION))
				.map(name -> name.substring(ACTION.length())).toList());
	}

	/** Sets what the board does for {@code className}: the action as the list names it ("Servo angle"), its pin and value. */
	void setAction(String className, String action, int pin, String value) {
		Workbench.onUiThread(() -> {
			Widgets.select(named(Combo.class, ACTION + className), action);
			named(Spinner.class, "deploy.pin." + className).setSelection(pin);
			Widgets.type(named(Text.class, "deploy.value." + className), value);
		});
	}

	/** Ticks or clears "Send each validation result to the board". */
	void sendResultsToTheBoard(boolean on) {
		Workbench.onUiThread(() -> {
			Button box = named(Button.class, "deploy.stream");
			if (box.getSelection() != on) {
				Widgets.click(box);
			}
		});
	}

	void pressGenerateSketch() {
		press("deploy.generateSketch");
	}

	void pressCompileAndUpload() {
		press("deploy.compileAndUpload");
	}

	/** Presses Refresh beside the port. */
	void pressRefreshPorts() {
		press("deploy.port.refresh");
	}

	/** Runs Refresh Devices as the view menu's item does, with the view active. */
	void refreshFromViewMenu() {
		Workbench.onUiThread(() -> ModelCommands.execute(view, ModelCommands.REFRESH_DEVICES, Map.of()));
	}

	/** The ports the port list offers now. */
	List<String> listedPorts() {
		return Workbench.onUiThread(() -> List.of(named(Combo.class, "deploy.port").getItems()));
	}

	/** Makes the port list show {@code stale} only, as a list made before a port was plugged in or out would. */
	void showOldPortList(String stale) {
		Workbench.onUiThread(() -> named(Combo.class, "deploy.port").setItems(stale));
	}

	/** Types {@code path} as the board's port. */
	void typePort(String path) {
		Workbench.onUiThread(() -> Widgets.type(named(Combo.class, "deploy.port"), path));
	}

	/** Whether the "board runs the model" section shows. */
	boolean modelOnBoardShown() {
		return Workbench.onUiThread(() -> named(Composite.class, "deploy.modelOnBoard").getVisible());
	}

	void pressGenerateModelCode() {
		press("deploy.generateModelCode");
	}

	void pressCompileAndFlashModel() {
		press("deploy.compileAndFlashModel");
	}

	void pressUploadAndRun() {
		press("deploy.uploadAndRun");
	}

	void pressStopProgram() {
		press("deploy.stopProgram");
	}

	/** Whether Upload and run can be pressed: no program started from here runs. */
	boolean uploadAndRunEnabled() {
		return Workbench.onUiThread(() -> named(Button.class, "deploy.uploadAndRun").isEnabled());
	}

	/** What the "board runs the model" section's status line says. */
	String modelOnBoardStatus() {
		return text("deploy.modelOnBoardStatus");
	}

	/** What the view's status line, under the action table, says. */
	String status() {
		return text("deploy.status");
	}

	/** What the program running on {@code board} printed, as its page of the Console view shows it; "" when there is none. */
	String programOutput(String board) {
		for (IConsole console : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (console instanceof TextConsole text && console.getName().startsWith(board + ':')) {
				return text.getDocument().get();
			}
		}
		return "";
	}

	private void press(String button) {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, button)));
	}

	private String text(String label) {
		return Workbench.onUiThread(() -> named(Label.class, label).getText());
	}

	private <T extends org.eclipse.swt.widgets.Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}
}
