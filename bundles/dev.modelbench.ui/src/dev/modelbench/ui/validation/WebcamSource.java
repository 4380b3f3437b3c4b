package dev.modelbench.ui.validation;

import java.awt.image.BufferedImage;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CaptureLoop;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.ui.capture.CameraPicker;

/**
 * The webcam as the source: the camera chooser, and each frame in the preview, classified at video
 * rate off the UI thread (always the newest frame).
 */
final class WebcamSource {

	private final ValidationContext context;
	private final AnswerSection answer;
	private final Composite control;
	private final CameraPicker picker;
	private boolean active;
	private CaptureLoop loop;
	private LivePredictor predictor;

	WebcamSource(Composite parent, ValidationContext context, AnswerSection answer) {
		this.context = context;
		this.answer = answer;
		control = context.toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().applyTo(control);
		picker = new CameraPicker(control, this::cameraChosen);
		context.toolkit.adapt(picker.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());
	}

	Control control() {
		return control;
	}

	CameraPicker picker() {
		return picker;
	}

	/** Lists the cameras and opens the preferred one. */
	void start() {
		active = true;
		picker.refresh();
	}

	/** Closes the camera and keeps it closed until {@link #start()}. */
	void stop() {
		active = false;
		stopCamera();
	}

	/** Closes the camera (another project is shown); a camera chosen again opens. */
	void pause() {
		stopCamera();
	}

	/** A model was loaded: the frames go to it from now on. */
	void modelChanged() {
		closePredictor();
		if (loop != null && context.model() instanceof ImageClassifier classifier) {
			predictor = new LivePredictor(classifier, answer::predicted);
		}
	}

	private void cameraChosen(Camera camera) {
		stopCamera();
		if (camera == null) {
			return;
		}
		Job open = Job.create(NLS.bind(Messages.Validation_opening, camera.name()), (IProgressMonitor monitor) -> {
			try {
				FrameSource source = camera.open();
				context.asyncIfOpen(() -> startCamera(source), source::close);
			} catch (CameraException e) {
				context.asyncIfOpen(() -> answer.say(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		open.setSystem(true);
		open.schedule();
	}

	private void startCamera(FrameSource source) {
		if (!active) {
			source.close();
			return;
		}
		if (context.model() instanceof ImageClassifier classifier) {
			predictor = new LivePredictor(classifier, answer::predicted);
		} else {
			answer.say(Messages.Validation_notTrained);
		}
		loop = CaptureLoop.start(source, new CaptureLoop.Listener() {
			@Override
			public void frame(BufferedImage frame, long nanos) {
				answer.preview().show(frame);
				LivePredictor current = predictor;
				if (current != null) {
					current.offer(frame);
				}
			}

			@Override
			public void failed(CameraException failure) {
				context.asyncIfOpen(() -> answer.say(failure.getMessage()));
			}
		}, 30);
	}

	private void stopCamera() {
		if (loop != null) {
			loop.stop();
			loop = null;
		}
		closePredictor();
	}

	private void closePredictor() {
		if (predictor != null) {
			predictor.close();
			predictor = null;
		}
	}
}
