package dev.modelbench.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A category's samples as a row of thumbnails that scrolls sideways. Only the thumbnails in view
 * are drawn and asked for first; the rest load behind them. Sound samples show a placeholder until
 * the sound editor draws waveforms.
 */
final class ThumbnailStrip {

	private static final int GAP = 4;

	private final Canvas canvas;
	private final ThumbnailCache cache;
	private final boolean images;
	private final Runnable redraw;
	private List<String> samples = List.of();

	ThumbnailStrip(Composite parent, ThumbnailCache cache, boolean images) {
		this.cache = cache;
		this.images = images;
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> updateScrollBar());
		canvas.getHorizontalBar().addListener(SWT.Selection, event -> canvas.redraw());
		redraw = () -> {
			if (!canvas.isDisposed()) {
				canvas.redraw();
			}
		};
		cache.addListener(redraw);
		canvas.addDisposeListener(event -> cache.removeListener(redraw));
	}

	Canvas control() {
		return canvas;
	}

	/** The height the strip wants: one thumbnail and the scroll bar. */
	int preferredHeight() {
		return ThumbnailCache.SIZE + 2 * GAP + canvas.getHorizontalBar().getSize().y;
	}

	/** Shows these samples (project paths), newest last, scrolled to the newest when some were added. */
	void setSamples(List<String> samplePaths) {
		boolean grew = samplePaths.size() > samples.size();
		samples = List.copyOf(samplePaths);
		updateScrollBar();
		if (grew) {
			ScrollBar bar = canvas.getHorizontalBar();
			bar.setSelection(bar.getMaximum());
		}
		if (images) {
			cache.prefetch(samples);
		}
		canvas.redraw();
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getHorizontalBar();
		int total = samples.size() * (ThumbnailCache.SIZE + GAP) + GAP;
		int visible = Math.max(1, canvas.getClientArea().width);
		bar.setValues(bar.getSelection(), 0, Math.max(total, 1), Math.min(visible, Math.max(total, 1)),
				ThumbnailCache.SIZE, visible);
		bar.setVisible(total > visible);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		int step = ThumbnailCache.SIZE + GAP;
		int offset = canvas.getHorizontalBar().getSelection();
		int first = Math.max(0, (offset - GAP) / step);
		int last = Math.min(samples.size() - 1, (offset + area.width) / step);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		if (samples.isEmpty()) {
			drawWrapped(gc, Messages.Card_noSamples, area.width - 2 * GAP);
			return;
		}
		for (int i = first; i <= last; i++) {
			int x = GAP + i * step - offset;
			String path = samples.get(i);
			Image image = images ? cache.get(path) : null;
			if (image != null) {
				gc.drawImage(image, x, GAP);
			} else {
				gc.drawRectangle(x, GAP, ThumbnailCache.SIZE - 1, ThumbnailCache.SIZE - 1);
				if (images && cache.isBroken(path)) {
					gc.drawLine(x, GAP, x + ThumbnailCache.SIZE - 1, GAP + ThumbnailCache.SIZE - 1);
					gc.drawLine(x + ThumbnailCache.SIZE - 1, GAP, x, GAP + ThumbnailCache.SIZE - 1);
				} else if (!images) {
					Point text = gc.textExtent("\u266A"); //$NON-NLS-1$
					gc.drawText("\u266A", x + (ThumbnailCache.SIZE - text.x) / 2, GAP + (ThumbnailCache.SIZE - text.y) / 2, true); //$NON-NLS-1$
				}
			}
		}
	}

	/** Draws {@code text} in lines no wider than {@code width}: a card on a laptop's narrow editor must not cut it. */
	private static void drawWrapped(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		String line = ""; //$NON-NLS-1$
		for (String word : text.split(" ")) { //$NON-NLS-1$
			String longer = line.isEmpty() ? word : line + ' ' + word;
			if (!line.isEmpty() && gc.textExtent(longer).x > width) {
				lines.add(line);
				line = word;
			} else {
				line = longer;
			}
		}
		lines.add(line);
		int height = gc.getFontMetrics().getHeight();
		// One line sits a third down the strip, as before; more start at its top.
		int y = lines.size() == 1 ? GAP + ThumbnailCache.SIZE / 3 : GAP;
		for (String each : lines) {
			gc.drawText(each, GAP, y, true);
			y += height;
		}
	}
}
