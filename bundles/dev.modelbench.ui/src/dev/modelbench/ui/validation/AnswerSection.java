package dev.modelbench.ui.validation;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.modelbench.train.Prediction;
import dev.modelbench.ui.capture.FramePreview;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * The answer of every source: the picture classified, the label with its confidence and a bar per
 * class. Live predictions come from other threads; the newest waits for the UI, older ones are
 * dropped, and each goes to the Result Push and the other listeners as it comes.
 */
final class AnswerSection {

	private final ValidationContext context;
	private final Composite control;
	private final FramePreview preview;
	private final Label result;
	private final ClassBars bars;
	private final AtomicReference<Prediction> pending = new AtomicReference<>();
	private final AtomicBoolean showScheduled = new AtomicBoolean();

	AnswerSection(Composite parent, ValidationContext context) {
		this.context = context;
		control = context.toolkit.createComposite(parent);
		// The answer under the picture: the view is usually a narrow column beside the editor.
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(control);
		preview = new FramePreview(control);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, 240).applyTo(preview.control());
		Composite answer = context.toolkit.createComposite(control);
		GridLayoutFactory.fillDefaults().applyTo(answer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(answer);
		result = WidgetNames.name(context.toolkit.createLabel(answer, "", SWT.WRAP), "validation.result"); //$NON-NLS-1$ //$NON-NLS-2$
		result.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(result);
		bars = new ClassBars(answer);
		context.toolkit.adapt(bars.control());
		GridDataFactory.fillDefaults().grab(true, false).hint(150, 60).applyTo(bars.control());
	}

	Control control() {
		return control;
	}

	FramePreview preview() {
		return preview;
	}

	/** A sound has no picture: the answer moves up under the source. */
	void showPicture(boolean picture) {
		preview.clear();
		preview.control().setVisible(picture);
		((GridData) preview.control().getLayoutData()).exclude = !picture;
	}

	void setClasses(List<String> classes, List<RGB> colours) {
		bars.setClasses(classes, colours);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, bars.heightFor(classes.size())).applyTo(bars.control());
	}

	/** Says {@code text} where the answer goes: a problem, what is happening. */
	void say(String text) {
		result.setText(text);
		result.getParent().layout(true);
	}

	void clear() {
		preview.clear();
		say(""); //$NON-NLS-1$
	}

	/** On any thread: pushes the prediction and shows it when the UI is free, the newest winning. */
	void predicted(Prediction prediction) {
		pushed(prediction);
		pending.set(prediction);
		if (showScheduled.compareAndSet(false, true)) {
			context.asyncIfOpen(() -> {
				showScheduled.set(false);
				Prediction newest = pending.getAndSet(null);
				if (newest != null) {
					show(newest);
				}
			});
		}
	}

	/** Hands a prediction to the Result Push and the other listeners; returns at once, connected or not. */
	void pushed(Prediction prediction) {
		context.push().publish(prediction.label(), prediction.confidence(), prediction.probabilities());
		LivePredictions.publish(prediction);
	}

	void show(Prediction prediction) {
		say(format(prediction.label(), prediction.confidence()));
		bars.show(prediction.probabilities());
	}

	/** "cat  92 %". */
	static String format(String label, double confidence) {
		return NLS.bind(Messages.Validation_result, label, String.format(Locale.ROOT, "%.0f %%", confidence * 100)); //$NON-NLS-1$
	}
}
