package dev.modelbench.ui.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** One bar per class with its probability, the most probable one first in the colour of its category. */
final class ClassBars {

	private final Canvas canvas;
	private List<String> names = List.of();
	private List<RGB> colours = List.of();
	private float[] probabilities = new float[0];

	ClassBars(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = describe();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** The height that shows {@code classes} bars. */
	int heightFor(int classes) {
		GC gc = new GC(canvas);
		try {
			return Math.max(1, classes) * (gc.getFontMetrics().getHeight() * 3 / 2) + 4;
		} finally {
			gc.dispose();
		}
	}

	void setClasses(List<String> classNames, List<RGB> classColours) {
		names = List.copyOf(classNames);
		colours = List.copyOf(classColours);
		probabilities = new float[names.size()];
		canvas.redraw();
	}

	void show(float[] values) {
		probabilities = values.clone();
		canvas.redraw();
	}

	String describe() {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < names.size() && c < probabilities.length; c++) {
			text.append(names.get(c)).append(' ').append(percent(probabilities[c])).append("; "); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static String percent(float value) {
		return String.format(Locale.ROOT, "%.0f %%", value * 100); //$NON-NLS-1$
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		int line = gc.getFontMetrics().getHeight();
		int row = line * 3 / 2;
		int labelWidth = 0;
		for (String name : names) {
			labelWidth = Math.max(labelWidth, gc.textExtent(name).x);
		}
		labelWidth = Math.min(labelWidth, area.width / 3);
		Point percentWidth = gc.textExtent("100 %"); //$NON-NLS-1$
		int barLeft = area.x + labelWidth + line / 2;
		int barWidth = Math.max(10, area.width - barLeft - percentWidth.x - line / 2);
		gc.setAntialias(SWT.ON);
		for (int c = 0; c < names.size() && c < probabilities.length; c++) {
			int y = area.y + c * row + 2;
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(names.get(c), area.x, y + (row - line) / 2, true);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawRectangle(barLeft, y + 2, barWidth, row - 6);
			Color colour = new Color(c < colours.size() ? colours.get(c) : new RGB(0x4E, 0x79, 0xA7));
			gc.setBackground(colour);
			gc.fillRectangle(barLeft + 1, y + 3, Math.round((barWidth - 1) * probabilities[c]), row - 7);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(percent(probabilities[c]), barLeft + barWidth + line / 2, y + (row - line) / 2, true);
		}
	}
}
