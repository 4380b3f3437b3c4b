package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/** The workbench's menus and the views' toolbars as a user works them; on the UI thread. */
final class Menus {

	private Menus() {
	}

	/** The menu bar of the workbench window. */
	static Menu mainMenu() {
		return Workbench.page().getWorkbenchWindow().getShell().getMenuBar();
	}

	/** The item {@code path} leads to, each menu filled as when it opens. */
	static MenuItem menuItem(Menu menu, String... path) {
		Menu current = menu;
		MenuItem found = null;
		for (String label : path) {
			current.notifyListeners(SWT.Show, new Event());
			found = null;
			for (MenuItem item : current.getItems()) {
				if (item.getText().replace("&", "").split("\t")[0].equals(label)) {
					found = item;
				}
			}
			assertNotNull(found, "no menu item " + label + " in " + List.of(current.getItems()).stream()
					.map(MenuItem::getText).toList());
			current = found.getMenu();
		}
		return found;
	}

	/** Chooses {@code item}, which must be enabled. */
	static void select(MenuItem item) {
		assertTrue(item.isEnabled(), item.getText() + " is enabled");
		item.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * The shown tool item of a view's toolbar that runs {@code commandId}, found by the command's name
	 * (its text, as the item has no icon, or its tool tip); null when there is none.
	 */
	static ToolItem toolItem(String commandId) {
		String name;
		try {
			name = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId).getName();
		} catch (NotDefinedException e) {
			throw new AssertionError("no command " + commandId, e);
		}
		List<ToolBar> bars = new ArrayList<>();
		collectToolBars(Workbench.page().getWorkbenchWindow().getShell(), bars);
		for (ToolBar bar : bars) {
			for (ToolItem item : bar.getItems()) {
				String tip = item.getToolTipText();
				if (name.equals(item.getText()) || tip != null && tip.startsWith(name)) {
					return item;
				}
			}
		}
		return null;
	}

	/**
	 * Presses the toolbar item that runs {@code commandId} once it shows enabled (the workbench updates
	 * toolbars a moment after the state changes); from the test thread.
	 */
	static void pressToolItem(String commandId) {
		Workbench.waitUntil("a toolbar item runs " + commandId + ", enabled", 10, () -> {
			ToolItem item = toolItem(commandId);
			return item != null && item.isEnabled();
		});
		Workbench.onUiThread(() -> toolItem(commandId).notifyListeners(SWT.Selection, new Event()));
	}

	/** Whether the toolbar item that runs {@code commandId} is enabled; on the UI thread. */
	static boolean toolItemEnabled(String commandId) {
		ToolItem item = toolItem(commandId);
		assertNotNull(item, "a toolbar item runs " + commandId);
		return item.isEnabled();
	}

	private static void collectToolBars(Control control, List<ToolBar> bars) {
		if (control instanceof ToolBar bar && bar.isVisible()) {
			bars.add(bar);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolBars(child, bars);
			}
		}
	}
}
