package dev.modelbench.ui.capture;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.modelbench.ui.images.SwtImages;

/**
 * Shows camera frames (or a still picture) as they come. Frames are scaled and converted on the
 * thread that has them; the UI thread only draws the newest, and frames that arrive while one is
 * waiting to be drawn replace it, so a slow UI never builds a queue.
 */
public final class FramePreview {

	private final Canvas canvas;
	private final AtomicReference<ImageData> pending = new AtomicReference<>();
	private final AtomicBoolean drawScheduled = new AtomicBoolean();
	private Image image;
	private volatile Point size = new Point(320, 240);

	public FramePreview(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> {
			Rectangle area = canvas.getClientArea();
			size = new Point(Math.max(1, area.width), Math.max(1, area.height));
		});
		canvas.addDisposeListener(event -> {
			if (image != null) {
				image.dispose();
			}
		});
	}

	public Canvas control() {
		return canvas;
	}

	/** Shows {@code frame}; callable from any thread. */
	public void show(BufferedImage frame) {
		Point target = size;
		// Scaled to the canvas in device-independent points; at 200 % zoom SWT scales it up once more.
		pending.set(SwtImages.toImageData(SwtImages.fit(frame, target.x, target.y)));
		if (drawScheduled.compareAndSet(false, true) && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::drawPending);
		}
	}

	/** Shows nothing. Call on the UI thread. */
	public void clear() {
		pending.set(null);
		if (image != null) {
			image.dispose();
			image = null;
		}
		canvas.redraw();
	}

	private void drawPending() {
		drawScheduled.set(false);
		ImageData data = pending.getAndSet(null);
		if (data == null || canvas.isDisposed()) {
			return;
		}
		if (image != null) {
			image.dispose();
		}
		image = new Image(canvas.getDisplay(), data);
		canvas.redraw();
	}

	private void paint(GC gc) {
		if (image == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		Rectangle bounds = image.getBounds();
		gc.drawImage(image, (area.width - bounds.width) / 2, (area.height - bounds.height) / 2);
	}
}
