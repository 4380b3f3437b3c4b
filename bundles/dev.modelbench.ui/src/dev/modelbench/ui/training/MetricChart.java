package dev.modelbench.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * A line chart of per-epoch metrics, drawn with SWT: epochs along the bottom, one line per series
 * (train and validation loss, or top-1 and top-k accuracy), a legend, and axes sized from the font
 * so it reads at any zoom. It grows point by point while training runs and saves itself as a PNG.
 */
public final class MetricChart {

	/** One line of the chart. */
	public record Series(String name, RGB colour) {
	}

	/** The widest label of the value axis. */
	private static final String AXIS_SAMPLE = "100 %"; //$NON-NLS-1$

	private final Canvas canvas;
	private final String title;
	private final boolean fraction;
	private final List<Series> series;

	private final List<List<double[]>> points = new ArrayList<>();
	private final List<Runnable> listeners = new ArrayList<>();
	private int epochs = 1;

	/**
	 * @param fraction whether the values are fractions shown as percentages (0 to 100 %), rather
	 *                 than losses starting at 0
	 */
	public MetricChart(Composite parent, String title, boolean fraction, List<Series> series) {
		this.title = title;
		this.fraction = fraction;
		this.series = new ArrayList<>(series);
		series.forEach(s -> points.add(new ArrayList<>()));
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		// The chart behind its canvas, for whoever finds the canvas (a page object of the UI tests).
		canvas.setData(MetricChart.class.getName(), this);
		canvas.addPaintListener(event -> paint(event.gc, canvas.getClientArea()));
		canvas.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = describe();
			}
		});
	}

	/** The chart drawn on {@code canvas}, or null when it is none's. */
	public static MetricChart of(Canvas canvas) {
		return canvas.getData(MetricChart.class.getName()) instanceof MetricChart chart ? chart : null;
	}

	public Canvas control() {
		return canvas;
	}

	/** Starts afresh for a run of {@code total} epochs. */
	public void reset(int total) {
		epochs = Math.max(1, total);
		points.forEach(List::clear);
		canvas.redraw();
	}

	/** Adds the value of {@code seriesIndex} at {@code epoch} (1-based); NaN (no validation samples) is left out. */
	public void add(int seriesIndex, int epoch, double value) {
		if (!Double.isNaN(value) && !Double.isInfinite(value)) {
			points.get(seriesIndex).add(new double[] { epoch, value });
		}
		epochs = Math.max(epochs, epoch);
		canvas.redraw();
		List.copyOf(listeners).forEach(Runnable::run);
	}

	/** Hears about every point added, on the UI thread (e.g. to read the chart out as it grows). */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** Renames a line, e.g. top-5 accuracy to top-2 for a project of two classes. */
	public void rename(int seriesIndex, String name) {
		series.set(seriesIndex, new Series(name, series.get(seriesIndex).colour()));
		canvas.redraw();
	}

	/** How many points the series has. */
	public int points(int seriesIndex) {
		return points.get(seriesIndex).size();
	}

	/** The chart as a picture at its size on screen (at least 480 x 300 points). */
	public ImageData snapshot() {
		Rectangle area = canvas.getClientArea();
		Rectangle size = new Rectangle(0, 0, Math.max(area.width, 480), Math.max(area.height, 300));
		Display display = canvas.getDisplay();
		Image image = new Image(display, size.width, size.height);
		GC gc = new GC(image);
		try {
			gc.setFont(canvas.getFont());
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(size);
			paint(gc, size);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Saves {@link #snapshot()} as a PNG file. */
	public void exportPng(Path file) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { snapshot() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	/** The chart in words, for screen readers: the last value of each line. */
	public String describe() {
		StringBuilder text = new StringBuilder(title);
		for (int s = 0; s < series.size(); s++) {
			List<double[]> line = points.get(s);
			if (!line.isEmpty()) {
				double[] last = line.getLast();
				text.append(", ").append(series.get(s).name()).append(' ').append(format(last[1])) //$NON-NLS-1$
						.append(" (").append((int) last[0]).append(')'); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	private double maximum() {
		if (fraction) {
			return 1;
		}
		double max = 0;
		for (List<double[]> line : points) {
			for (double[] point : line) {
				max = Math.max(max, point[1]);
			}
		}
		return max <= 0 ? 1 : niceCeiling(max * 1.1);
	}

	private static double niceCeiling(double value) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	/** Tick count giving round steps for a {@link #niceCeiling} maximum: 0.5 in 5, 2 in 4, 2.5 in 5. */
	private static int ticksFor(double max) {
		double mantissa = max / Math.pow(10, Math.floor(Math.log10(max)));
		return Math.abs(mantissa - 2) < 1e-9 ? 4 : 5;
	}

	private String format(double value) {
		return fraction ? String.format(Locale.ROOT, "%.0f %%", value * 100) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The narrowest the chart reads at: the value axis' labels beside its widest legend entry (a
	 * legend too wide for one line puts each entry on a line of its own).
	 */
	public int minimumWidth() {
		GC gc = new GC(canvas);
		try {
			int line = gc.getFontMetrics().getHeight();
			int widest = 0;
			for (Series each : series) {
				widest = Math.max(widest, legendEntryWidth(gc, each, line));
			}
			return gc.textExtent(AXIS_SAMPLE).x + line / 2 + widest + line;
		} finally {
			gc.dispose();
		}
	}

	/** An entry of the legend: its line sample, a gap, its name. */
	private static int legendEntryWidth(GC gc, Series each, int line) {
		return line + line / 2 + gc.textExtent(each.name()).x;
	}

	/** Whether the legend fits on one line between {@code left} and {@code right}. */
	private boolean legendOnOneLine(GC gc, int left, int right, int line) {
		int width = -line;
		for (Series each : series) {
			width += legendEntryWidth(gc, each, line) + line;
		}
		return width <= right - left;
	}

	private void paint(GC gc, Rectangle area) {
		Display display = canvas.getDisplay();
		gc.setAntialias(SWT.ON);
		Point text = gc.textExtent(AXIS_SAMPLE);
		int line = gc.getFontMetrics().getHeight();
		int left = area.x + text.x + line / 2;
		int right = area.x + area.width - line;
		// A narrow chart stacks its legend, one entry a line, rather than cut it at the left.
		int legendLines = legendOnOneLine(gc, left, right, line) ? 1 : series.size();
		int top = area.y + (1 + legendLines) * line + line / 2;
		int bottom = area.y + area.height - 2 * line;
		if (right - left < 20 || bottom - top < 20) {
			return;
		}
		Color foreground = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		Color grid = display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		Color axis = display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		gc.setForeground(foreground);
		gc.drawText(title, left, area.y + line / 4, true);

		// Legend, right-aligned under the title: on one line, or one entry a line.
		int x = right;
		for (int s = series.size() - 1; s >= 0; s--) {
			int y = area.y + line * (legendLines == 1 ? 1 : 1 + s);
			if (legendLines > 1) {
				x = right;
			}
			Point extent = gc.textExtent(series.get(s).name());
			x -= extent.x;
			gc.drawText(series.get(s).name(), x, y + line / 4, true);
			x -= line + line / 2;
			Color colour = new Color(series.get(s).colour());
			gc.setForeground(colour);
			gc.setLineWidth(Math.max(2, line / 8));
			gc.drawLine(x, y + line * 3 / 4, x + line, y + line * 3 / 4);
			gc.setLineWidth(1);
			gc.setForeground(foreground);
			x -= line;
		}

		double max = maximum();
		int ticks = fraction ? 4 : ticksFor(max);
		for (int t = 0; t <= ticks; t++) {
			double value = max * t / ticks;
			int y = bottom - (int) Math.round((bottom - top) * (double) t / ticks);
			gc.setForeground(grid);
			gc.drawLine(left, y, right, y);
			gc.setForeground(foreground);
			String label = format(value);
			Point extent = gc.textExtent(label);
			gc.drawText(label, left - extent.x - line / 4, y - extent.y / 2, true);
		}
		gc.setForeground(axis);
		gc.drawLine(left, top, left, bottom);
		gc.drawLine(left, bottom, right, bottom);

		int labelEvery = Math.max(1, (int) Math.ceil(epochs / Math.max(1.0, (right - left) / (3.0 * text.x / 2))));
		gc.setForeground(foreground);
		for (int epoch = 1; epoch <= epochs; epoch++) {
			if (epoch == 1 || epoch == epochs || epoch % labelEvery == 0) {
				int ex = xOf(epoch, left, right);
				String label = Integer.toString(epoch);
				Point extent = gc.textExtent(label);
				if (epoch != epochs && epoch != 1 && Math.abs(xOf(epochs, left, right) - ex) < extent.x * 2) {
					continue;
				}
				gc.drawLine(ex, bottom, ex, bottom + line / 4);
				gc.drawText(label, ex - extent.x / 2, bottom + line / 4, true);
			}
		}
		String epochLabel = Messages.Chart_epoch;
		Point extent = gc.textExtent(epochLabel);
		gc.drawText(epochLabel, (left + right - extent.x) / 2, bottom + line + line / 8, true);

		for (int s = 0; s < series.size(); s++) {
			Color colour = new Color(series.get(s).colour());
			gc.setForeground(colour);
			gc.setBackground(colour);
			gc.setLineWidth(Math.max(2, line / 8));
			int[] previous = null;
			for (double[] point : points.get(s)) {
				int px = xOf((int) point[0], left, right);
				int py = bottom - (int) Math.round((bottom - top) * Math.min(point[1], max) / max);
				if (previous != null) {
					gc.drawLine(previous[0], previous[1], px, py);
				}
				int dot = Math.max(3, line / 4);
				gc.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
				previous = new int[] { px, py };
			}
			gc.setLineWidth(1);
		}
	}

	private int xOf(int epoch, int left, int right) {
		return epochs <= 1 ? (left + right) / 2 : left + (int) Math.round((right - left) * (epoch - 1.0) / (epochs - 1));
	}
}
