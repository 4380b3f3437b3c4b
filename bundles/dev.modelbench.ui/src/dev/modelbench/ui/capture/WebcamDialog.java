package dev.modelbench.ui.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CaptureLoop;
import dev.modelbench.capture.FrameRecorder;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * Records webcam frames into one category: a live preview, the camera chooser, the frames per
 * second, and a Hold to record button (seed 002) that saves frames while it is held down, by mouse
 * or by the space bar. Each hold's frames are handed over as soon as it is released.
 */
public final class WebcamDialog extends CaptureDialog {

	/** The camera runs faster than we record; the preview is smooth at this rate. */
	private static final double PREVIEW_FPS = 30;

	private final Path folder;
	private final Collection<String> takenNames;
	private final Consumer<List<Path>> onRecorded;
	private CameraPicker picker;
	private FramePreview preview;
	private Spinner fps;
	private Label fpsWarning;
	private Button record;
	private Label status;
	private volatile FrameRecorder recorder;
	private CaptureLoop loop;
	private int recordedTotal;

	/**
	 * @param folder     the category's folder, where frames are saved
	 * @param takenNames file names the model uses there already
	 * @param onRecorded hears each hold's new files, on the UI thread
	 */
	public WebcamDialog(Shell parent, String categoryName, Path folder, Collection<String> takenNames,
			Consumer<List<Path>> onRecorded) {
		super(parent, NLS.bind(Messages.Webcam_title, categoryName));
		this.folder = folder;
		this.takenNames = List.copyOf(takenNames);
		this.onRecorded = onRecorded;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
		picker = new CameraPicker(area, this::cameraChosen);
		if (fromBoard()) {
			picker.preferBoard();
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());

		preview = new FramePreview(area);
		WidgetNames.name(preview.control(), "webcam.preview"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(preview.control());

		Composite settings = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(settings);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
		Label fpsLabel = new Label(settings, SWT.NONE);
		fpsLabel.setText(Messages.Webcam_fps);
		fps = WidgetNames.name(new Spinner(settings, SWT.BORDER), "webcam.fps"); //$NON-NLS-1$
		fps.setValues(UiPreferences.store().getInt(UiPreferences.FRAMES_PER_SECOND), 1, (int) FrameRecorder.MAX_FPS, 0,
				1, 5);
		fps.setToolTipText(Messages.Webcam_fpsTip);
		fps.addListener(SWT.Modify, event -> fpsChanged());
		fpsWarning = WidgetNames.name(new Label(settings, SWT.WRAP), "webcam.fpsWarning"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(fpsWarning);

		record = WidgetNames.name(new Button(area, SWT.PUSH), "webcam.record"); //$NON-NLS-1$
		record.setText(Messages.Webcam_hold);
		record.setToolTipText(Messages.Webcam_holdTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(record);
		record.addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				startRecording();
			}
		});
		record.addListener(SWT.MouseUp, event -> stopRecording());
		// The space bar works like the mouse: recording while it is down. Key repeat sends more
		// KeyDowns; startRecording ignores them.
		record.addListener(SWT.KeyDown, event -> {
			if (event.character == ' ') {
				startRecording();
			}
		});
		record.addListener(SWT.KeyUp, event -> {
			if (event.character == ' ') {
				stopRecording();
			}
		});
		record.addListener(SWT.FocusOut, event -> stopRecording());
		record.setEnabled(false);

		status = WidgetNames.name(new Label(area, SWT.WRAP), "webcam.status"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		status.setText(Messages.Webcam_tip);

		fpsChanged();
		picker.refresh();
		return area;
	}

	/** The camera chooser, for tests and for keyboard users who tab to it. */
	public CameraPicker picker() {
		return picker;
	}

	/** The Hold to record button. */
	public Button recordButton() {
		return record;
	}

	private void fpsChanged() {
		fpsWarning.setText(fps.getSelection() > FrameRecorder.NEAR_IDENTICAL_ABOVE_FPS ? Messages.Webcam_fpsWarning : ""); //$NON-NLS-1$
		fpsWarning.getParent().layout(true);
		UiPreferences.store().setValue(UiPreferences.FRAMES_PER_SECOND, fps.getSelection());
	}

	private void cameraChosen(Camera camera) {
		stopCamera();
		record.setEnabled(false);
		preview.clear();
		if (camera == null) {
			return;
		}
		status.setText(NLS.bind(Messages.Webcam_opening, camera.name()));
		// Opening a USB camera takes a second or two: never on the UI thread.
		Job open = Job.create(NLS.bind(Messages.Webcam_opening, camera.name()), (IProgressMonitor monitor) -> {
			try {
				FrameSource source = camera.open();
				getShell().getDisplay().asyncExec(() -> opened(source));
			} catch (CameraException e) {
				asyncIfOpen(() -> failedToOpen(camera, e));
			}
			return Status.OK_STATUS;
		});
		open.setSystem(true);
		open.schedule();
	}

	private void opened(FrameSource source) {
		if (getShell() == null || getShell().isDisposed()) {
			source.close();
			return;
		}
		loop = CaptureLoop.start(source, new CaptureLoop.Listener() {
			@Override
			public void frame(BufferedImage frame, long nanos) {
				preview.show(frame);
				FrameRecorder current = recorder;
				if (current != null) {
					try {
						if (current.offer(frame, source.encoded(), nanos) != null) {
							asyncIfOpen(WebcamDialog.this::showCount);
						}
					} catch (IOException e) {
						current.stop();
						asyncIfOpen(() -> status.setText(NLS.bind(Messages.Webcam_saveFailed, folder, e.getMessage())));
					}
				}
			}

			@Override
			public void failed(CameraException failure) {
				asyncIfOpen(() -> WebcamDialog.this.failed(failure));
			}
		}, PREVIEW_FPS);
		record.setEnabled(true);
		status.setText(Messages.Webcam_tip);
	}

	/** A board that runs another program is offered the capture sketch; then it is opened again. */
	private void failedToOpen(Camera camera, CameraException e) {
		failed(e);
		CaptureSketchOffer.applies(camera, e).ifPresent(board -> {
			if (CaptureSketchOffer.ask(getShell(), camera.name(), e.getMessage())) {
				status.setText(NLS.bind(Messages.Board_flashJob, board.name(), ((BoardInput) camera).port));
				CaptureSketchOffer.flash(board, ((BoardInput) camera).port, problem -> asyncIfOpen(() -> {
					if (problem != null) {
						status.setText(problem);
					} else {
						status.setText(Messages.Board_flashed);
						cameraChosen(camera);
					}
				}));
			}
		});
	}

	private void failed(CameraException e) {
		if (status.isDisposed()) {
			return;
		}
		// A camera pulled out mid-recording: what was recorded goes to the category now, as the
		// button's release may never come to a disabled button.
		boolean wasRecording = recorder != null && recorder.isSaving();
		stopRecording();
		record.setEnabled(false);
		status.setText(wasRecording ? NLS.bind(Messages.Webcam_lostWhileRecording, e.getMessage(), recordedTotal)
				: e.getMessage());
	}

	private void startRecording() {
		if (!record.isEnabled() || (recorder != null && recorder.isSaving())) {
			return;
		}
		if (recorder == null) {
			recorder = new FrameRecorder(folder, "webcam", fps.getSelection(), takenNames); //$NON-NLS-1$
		}
		fps.setEnabled(false);
		record.setText(Messages.Webcam_recording);
		recorder.start();
	}

	private void stopRecording() {
		FrameRecorder current = recorder;
		if (current == null || !current.isSaving()) {
			return;
		}
		current.stop();
		// A new rate applies from the next hold: the recorder keeps its names, and a new one
		// continues after them because the files are on disk.
		recorder = null;
		fps.setEnabled(true);
		record.setText(Messages.Webcam_hold);
		List<Path> written = current.written();
		showCount(written.size());
		if (!written.isEmpty()) {
			onRecorded.accept(new ArrayList<>(written));
		}
	}

	private void showCount() {
		FrameRecorder current = recorder;
		if (current != null) {
			status.setText(NLS.bind(Messages.Webcam_recorded, recordedTotal + current.written().size()));
		}
	}

	private void showCount(int justRecorded) {
		recordedTotal += justRecorded;
		status.setText(NLS.bind(Messages.Webcam_recorded, recordedTotal));
	}

	private void stopCamera() {
		if (loop != null) {
			loop.stop();
			loop = null;
		}
	}

	@Override
	public boolean close() {
		stopRecording();
		stopCamera();
		return super.close();
	}
}
