package dev.modelbench.ui.validation;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.ui.capture.MicrophonePicker;
import dev.modelbench.ui.forms.WidgetNames;

/** The microphone as the source (sound projects): the input chooser, Listen, and Smooth the label. */
final class MicrophoneSource {

	private final ValidationContext context;
	private final AnswerSection answer;
	private final Composite control;
	private final MicrophonePicker picker;
	private final Button listen;
	private final Button smooth;
	private MicrophoneListening listening;

	MicrophoneSource(Composite parent, ValidationContext context, AnswerSection answer) {
		this.context = context;
		this.answer = answer;
		control = context.toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(control);
		picker = new MicrophonePicker(control, input -> this.listen().setEnabled(input != null));
		context.toolkit.adapt(picker.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());
		Composite listenRow = context.toolkit.createComposite(control);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(listenRow);
		listen = WidgetNames.name(context.toolkit.createButton(listenRow, Messages.Validation_listen, SWT.PUSH),
				"validation.listen"); //$NON-NLS-1$
		listen.setEnabled(false);
		listen.addListener(SWT.Selection, event -> listenOrStop());
		smooth = context.toolkit.createButton(listenRow, Messages.Validation_smooth, SWT.CHECK);
		smooth.setToolTipText(Messages.Validation_smoothTip);
		smooth.setSelection(true);
	}

	Control control() {
		return control;
	}

	MicrophonePicker picker() {
		return picker;
	}

	/** The Listen button (Stop listening while it listens). */
	Button listen() {
		return listen;
	}

	/** Lists the inputs and chooses the preferred one. */
	void start() {
		picker.refresh();
	}

	private void listenOrStop() {
		if (listening != null) {
			stop();
			return;
		}
		SoundInput input = picker.chosen();
		if (input == null) {
			return;
		}
		if (!(context.model() instanceof SoundClassifier classifier)) {
			answer.say(Messages.Validation_notTrained);
			return;
		}
		answer.say(NLS.bind(Messages.Validation_listening, input.name()));
		listening = new MicrophoneListening(input, classifier, smooth.getSelection(), answer::predicted,
				failure -> context.asyncIfOpen(() -> {
					stop();
					answer.say(failure);
				}), () -> context.asyncIfOpen(this::stop));
		listen.setText(Messages.Validation_stopListening);
		smooth.setEnabled(false);
		listen.getParent().layout(true);
	}

	/** Stops listening; also when a new model is loaded, as it classified with the old one. */
	void stop() {
		if (listening != null) {
			listening.close();
			listening = null;
		}
		if (!listen.isDisposed()) {
			listen.setText(Messages.Validation_listen);
			smooth.setEnabled(true);
			listen.getParent().layout(true);
		}
	}
}
