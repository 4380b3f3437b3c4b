package dev.modelbench.ui.forms;

import org.eclipse.swt.widgets.Widget;

/**
 * Gives a widget a name that does not change with the language or the layout, so that the UI tests'
 * page objects find it by that name rather than by its translated text or its place in the form.
 */
public final class WidgetNames {

	/** The data key that holds a widget's name: SWTBot's, so that its finders would find them too. */
	public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	private WidgetNames() {
	}

	/** Names {@code widget} {@code name} and returns it. */
	public static <T extends Widget> T name(T widget, String name) {
		widget.setData(KEY, name);
		return widget;
	}
}
