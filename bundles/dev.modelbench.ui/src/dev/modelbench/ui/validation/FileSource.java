package dev.modelbench.ui.validation;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;

import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelCommands;

/** A file as the source: Open (the Validate with File command) or a file dropped on the view. */
final class FileSource {

	private final ValidationContext context;
	private final AnswerSection answer;
	private final Composite control;
	private final Button open;
	private final Label drop;
	private boolean sound;

	FileSource(Composite parent, ValidationContext context, AnswerSection answer, IWorkbenchPart part) {
		this.context = context;
		this.answer = answer;
		control = context.toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		open = WidgetNames.name(context.toolkit.createButton(control, Messages.Validation_open, SWT.PUSH),
				"validation.open"); //$NON-NLS-1$
		ModelCommands.bind(open, part, ModelCommands.VALIDATE_FILE, () -> answer.say(Messages.Validation_notTrained));
		drop = context.toolkit.createLabel(control, Messages.Validation_drop, SWT.WRAP);
		// A wrapping label must not ask for its one-line width, or the whole form gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(drop);
	}

	Control control() {
		return control;
	}

	/** Images or sounds: what Open offers and the hint says. */
	void setSound(boolean forSound) {
		sound = forSound;
		open.setText(sound ? Messages.Validation_openSound : Messages.Validation_open);
		drop.setText(sound ? Messages.Validation_dropSound : Messages.Validation_drop);
	}

	/** Asks for a picture (or sound); null when the user cancelled. */
	static Path choose(Shell shell, boolean images) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setFilterExtensions(images
				? new String[] { ImageSamples.extensions().stream().map(e -> "*." + e).collect(Collectors.joining(";")), "*.*" } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: new String[] { "*.wav", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/**
	 * Classifies {@code file} in the background and shows it with the answer.
	 *
	 * @return the job, or null when there is no trained model
	 */
	Job predict(Path file) {
		TrainedModel current = context.model();
		if (current == null) {
			answer.say(Messages.Validation_notTrained);
			return null;
		}
		Job job = Job.create(NLS.bind(Messages.Validation_fileJob, file.getFileName()), (IProgressMonitor monitor) -> {
			try {
				Prediction prediction;
				if (current instanceof ImageClassifier classifier) {
					BufferedImage image = ImageSamples.read(file);
					answer.preview().show(image);
					prediction = classifier.predict(image);
				} else {
					prediction = current.predict(file);
				}
				answer.pushed(prediction);
				context.asyncIfOpen(() -> answer.show(prediction));
			} catch (UnreadableSampleException e) {
				context.asyncIfOpen(() -> answer.say(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** Makes a file dropped on {@code target} the one classified. */
	static void acceptDrops(Control target, Consumer<Path> dropped) {
		DropTarget drop = new DropTarget(target, DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names && names.length > 0) {
					dropped.accept(Path.of(names[0]));
				}
			}
		});
	}
}
