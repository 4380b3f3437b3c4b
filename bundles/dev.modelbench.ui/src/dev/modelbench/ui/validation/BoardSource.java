package dev.modelbench.ui.validation;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.modelbench.deploy.sensor.BoardComparison;
import dev.modelbench.deploy.sensor.BoardResultWatch;
import dev.modelbench.deploy.sensor.SensorPorts;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.Prediction;
import dev.modelbench.ui.deploy.PortChooser;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * A board that runs the model as the source: its own results live and, when it sends the frame it
 * classified, that frame with the PC model's answer on it and how often the two agree. The reading
 * runs as a job ({@link BoardResultWatch}); the board's results go to the Result Push as the PC's do.
 */
final class BoardSource {

	private final ValidationContext context;
	private final AnswerSection answer;
	private final Composite control;
	private final PortChooser port;
	private final Button watch;
	private final Label boardSays;
	private final Label pcSays;
	private final Label agreement;
	private final AtomicReference<BoardComparison.Compared> newest = new AtomicReference<>();
	private final AtomicBoolean showScheduled = new AtomicBoolean();
	private Job watching;

	BoardSource(Composite parent, ValidationContext context, AnswerSection answer) {
		this.context = context;
		this.answer = answer;
		control = context.toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		Label tip = context.toolkit.createLabel(control, Messages.Validation_boardTip, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(tip);
		context.toolkit.createLabel(control, Messages.Validation_boardPort);
		port = new PortChooser(control, "validation.board.port"); //$NON-NLS-1$
		context.toolkit.adapt((Composite) port.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(port.control());
		watch = WidgetNames.name(context.toolkit.createButton(control, Messages.Validation_watch, SWT.PUSH),
				"validation.board.watch"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(watch);
		watch.addListener(SWT.Selection, event -> watchOrStop());
		boardSays = label("validation.board.result"); //$NON-NLS-1$
		pcSays = label("validation.board.pc"); //$NON-NLS-1$
		agreement = label("validation.board.agreement"); //$NON-NLS-1$
	}

	private Label label(String name) {
		Label label = WidgetNames.name(context.toolkit.createLabel(control, "", SWT.WRAP), name); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}

	Control control() {
		return control;
	}

	/** Lists the ports again; the watch starts on Watch. */
	void start() {
		port.refresh();
	}

	private void watchOrStop() {
		if (watching != null) {
			stop();
		} else {
			watch();
		}
	}

	/** Starts reading the chosen port's results in the background. */
	private void watch() {
		stop();
		String path = port.path();
		if (path.isBlank()) {
			answer.say(Messages.Validation_noPort);
			return;
		}
		List<String> classes = context.classNames();
		// Frames are compared only by an image model; a sound model's board sends results alone.
		Function<BufferedImage, Prediction> pc = context.model() instanceof ImageClassifier classifier ? classifier::predict
				: null;
		answer.clear();
		boardSays.setText(NLS.bind(Messages.Validation_waiting, path));
		pcSays.setText(""); //$NON-NLS-1$
		agreement.setText(""); //$NON-NLS-1$
		Job job = Job.create(NLS.bind(Messages.Validation_watchJob, path), (IProgressMonitor monitor) -> {
			BoardResultWatch.run(path, SensorPorts.resultBaud(path), classes, pc, Messages.Validation_watchPurpose,
					new BoardResultWatch.Listener() {
						@Override
						public void result(BoardComparison.Compared compared) {
							heard(compared);
						}

						@Override
						public void problem(String message) {
							context.asyncIfOpen(() -> boardSays.setText(message));
						}
					}, monitor);
			context.asyncIfOpen(() -> stopped(monitor));
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		watching = job;
		watch.setText(Messages.Validation_stopWatching);
		control.layout(true);
		job.schedule();
	}

	private void stopped(IProgressMonitor monitor) {
		if (watching != null && !monitor.isCanceled()) {
			watching = null;
			watch.setText(Messages.Validation_watch);
			control.layout(true);
		}
	}

	/** Stops the reading; also when the model changes, as the comparison used the old one. */
	void stop() {
		if (watching != null) {
			watching.cancel();
			watching = null;
		}
		if (!watch.isDisposed()) {
			watch.setText(Messages.Validation_watch);
			control.layout(true);
		}
	}

	/** On the watch's thread: pushes the board's result and shows the newest when the UI is free. */
	private void heard(BoardComparison.Compared compared) {
		context.push().publish(compared.board().label(), compared.board().confidence(), new float[0]);
		if (compared.board().frame() != null) {
			answer.preview().show(compared.board().frame().image());
		}
		newest.set(compared);
		if (showScheduled.compareAndSet(false, true)) {
			context.asyncIfOpen(() -> {
				showScheduled.set(false);
				BoardComparison.Compared shown = newest.getAndSet(null);
				if (shown != null) {
					show(shown);
				}
			});
		}
	}

	private void show(BoardComparison.Compared compared) {
		boardSays.setText(NLS.bind(Messages.Validation_boardSays,
				AnswerSection.format(compared.board().label(), compared.board().confidence())));
		if (compared.pc() != null) {
			answer.show(compared.pc());
			pcSays.setText(NLS.bind(Messages.Validation_pcSays,
					AnswerSection.format(compared.pc().label(), compared.pc().confidence())));
			agreement.setText(NLS.bind(Messages.Validation_agreement, new Object[] { Integer.valueOf(compared.agreed()),
					Integer.valueOf(compared.compared()), Math.round(100.0 * compared.agreed() / compared.compared()) + " %" })); //$NON-NLS-1$
		} else if (compared.compared() == 0) {
			pcSays.setText(Messages.Validation_noFrame);
		}
		control.layout(true);
	}
}
