package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.modelbench.ui.forms.WidgetNames;

/**
 * Finds the widgets the UI names with {@link WidgetNames} and works them as a user does; what the
 * page objects are built on. On the UI thread.
 */
final class Widgets {

	private Widgets() {
	}

	/** The control of {@code type} named {@code name} under {@code root} (or {@code root} itself); fails naming those there are. */
	static <T extends Control> T named(Control root, Class<T> type, String name) {
		T found = find(root, type, name);
		if (found == null) {
			fail("no " + type.getSimpleName() + " named " + name + " among " + names(root));
		}
		return found;
	}

	/** The shown shell whose title is {@code title}; null when there is none. */
	static Shell shellTitled(String title) {
		for (Shell shell : Workbench.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	private static <T extends Control> T find(Control control, Class<T> type, String name) {
		if (type.isInstance(control) && name.equals(control.getData(WidgetNames.KEY))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The names of the named controls under {@code root}, depth first. */
	static List<String> names(Control root) {
		List<String> names = new ArrayList<>();
		collectNames(root, names);
		return names;
	}

	private static void collectNames(Control control, List<String> names) {
		if (control.getData(WidgetNames.KEY) instanceof String name) {
			names.add(name);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectNames(child, names);
			}
		}
	}

	/** Presses {@code button}: its selection listeners run, as on a click; a disabled button fails the test. */
	static void click(Button button) {
		if (!button.isEnabled()) {
			fail("the button " + button.getData(WidgetNames.KEY) + " is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Types {@code text} into {@code field}, replacing what was there. */
	static void type(Text field, String text) {
		field.setText(text);
	}

	/** Types {@code text} into an editable combo, replacing what was there. */
	static void type(Combo combo, String text) {
		combo.setText(text);
	}

	/** Picks the first item of {@code combo} that starts with {@code prefix}, as choosing it in the list does. */
	static void select(Combo combo, String prefix) {
		for (int i = 0; i < combo.getItemCount(); i++) {
			if (combo.getItem(i).startsWith(prefix)) {
				combo.select(i);
				combo.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		fail("no item " + prefix + " in " + List.of(combo.getItems()));
	}
}
