package dev.modelbench.ui.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
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
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import dev.modelbench.capture.audio.CaptureException;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundRecorder;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.train.sound.ExtractedClips;
import dev.modelbench.train.sound.SoundClipExtraction;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * Records sound into one category as seed 001 does: choose a microphone, Record 20 seconds (a
 * countdown and a level meter while it runs), then Extract, which cuts the recording into
 * one-second samples — those with sound in them for a normal category, every one for the
 * background noise — and says how many it kept. Recording and extracting run as jobs.
 */
public final class MicrophoneDialog extends CaptureDialog {

	/** Seed 001: "Record 20 seconds". */
	public static final int RECORD_SECONDS = 20;

	/** The level meter spans this many dB below full scale. */
	private static final int METER_DB = 60;

	private final String categoryName;
	private final Path projectFolder;
	private final String categoryFolder;
	private final boolean background;
	private final Collection<String> takenNames;
	private final Consumer<List<String>> onExtracted;
	private MicrophonePicker picker;
	private ProgressBar meter;
	private Label countdown;
	private Button record;
	private Button extract;
	private Spinner gate;
	private Label status;
	private Job recording;
	private SoundRecorder.Recording recorded;
	private int extractedTotal;

	/**
	 * @param categoryFolder the category's folder name under {@code data/}
	 * @param background     whether this is the background-noise category (every window is kept)
	 * @param takenNames     file names the model uses in that folder already
	 * @param onExtracted    hears the project paths of each extraction's new files, on the UI thread
	 */
	public MicrophoneDialog(Shell parent, String categoryName, Path projectFolder, String categoryFolder,
			boolean background, Collection<String> takenNames, Consumer<List<String>> onExtracted) {
		super(parent, NLS.bind(Messages.Microphone_title, categoryName));
		this.categoryName = categoryName;
		this.projectFolder = projectFolder;
		this.categoryFolder = categoryFolder;
		this.background = background;
		this.takenNames = new ArrayList<>(takenNames);
		this.onExtracted = onExtracted;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
		picker = new MicrophonePicker(area, input -> record.setEnabled(input != null && recording == null));
		if (fromBoard()) {
			picker.preferBoard();
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());

		Label tip = new Label(area, SWT.WRAP);
		tip.setText(background ? Messages.Microphone_tipBackground : Messages.Microphone_tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(tip);

		Composite level = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(level);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(level);
		new Label(level, SWT.NONE).setText(Messages.Microphone_level);
		meter = new ProgressBar(level, SWT.HORIZONTAL | SWT.SMOOTH);
		meter.setMaximum(METER_DB);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(meter);
		countdown = new Label(level, SWT.NONE);
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(countdown);
		countdown.setText(NLS.bind(Messages.Microphone_seconds, RECORD_SECONDS));

		Composite actions = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		record = WidgetNames.name(new Button(actions, SWT.PUSH), "microphone.record"); //$NON-NLS-1$
		record.setText(NLS.bind(Messages.Microphone_record, RECORD_SECONDS));
		record.addListener(SWT.Selection, event -> recordOrStop());
		record.setEnabled(false);
		extract = WidgetNames.name(new Button(actions, SWT.PUSH), "microphone.extract"); //$NON-NLS-1$
		extract.setText(Messages.Microphone_extract);
		extract.setToolTipText(background ? Messages.Microphone_extractTipBackground : Messages.Microphone_extractTip);
		extract.addListener(SWT.Selection, event -> extract());
		extract.setEnabled(false);
		Label gateLabel = new Label(actions, SWT.NONE);
		gateLabel.setText(Messages.Microphone_gate);
		gate = WidgetNames.name(new Spinner(actions, SWT.BORDER), "microphone.gate"); //$NON-NLS-1$
		gate.setValues((int) SoundClipExtraction.DEFAULT_GATE_DB, -80, -10, 0, 1, 5);
		gate.setToolTipText(Messages.Microphone_gateTip);
		gateLabel.setVisible(!background);
		gate.setVisible(!background);

		status = WidgetNames.name(new Label(area, SWT.WRAP), "microphone.status"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(status);

		picker.refresh();
		return area;
	}

	private void recordOrStop() {
		if (recording != null) {
			recording.cancel();
			return;
		}
		SoundInput input = picker.chosen();
		if (input == null) {
			return;
		}
		recorded = null;
		extract.setEnabled(false);
		record.setText(Messages.Microphone_stop);
		status.setText(NLS.bind(Messages.Microphone_recording, input.name()));
		recording = Job.create(NLS.bind(Messages.Microphone_recordJob, input.name()), (IProgressMonitor monitor) -> {
			try (SoundSource source = input.open()) {
				SoundRecorder.Recording done = SoundRecorder.record(source, RECORD_SECONDS,
						(seconds, levelDb) -> asyncIfOpen(() -> showLevel(seconds, levelDb)), monitor);
				asyncIfOpen(() -> recorded(done));
			} catch (CaptureException e) {
				asyncIfOpen(() -> {
					stopped(e.getMessage());
					offerCaptureSketch(input, e);
				});
			} catch (OperationCanceledException e) {
				asyncIfOpen(() -> stopped(Messages.Microphone_cancelled));
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		recording.setSystem(true);
		recording.schedule();
	}

	/** A board that runs another program is offered the capture sketch, so that it can be recorded from. */
	private void offerCaptureSketch(SoundInput input, CaptureException e) {
		CaptureSketchOffer.applies(input, e).ifPresent(board -> {
			if (CaptureSketchOffer.ask(getShell(), input.name(), e.getMessage())) {
				String port = ((BoardInput) input).port;
				record.setEnabled(false);
				status.setText(NLS.bind(Messages.Board_flashJob, board.name(), port));
				CaptureSketchOffer.flash(board, port, problem -> asyncIfOpen(() -> {
					record.setEnabled(picker.chosen() != null);
					status.setText(problem != null ? problem : Messages.Board_flashedMicrophone);
				}));
			}
		});
	}

	private void showLevel(double seconds, double levelDb) {
		meter.setSelection((int) Math.max(0, Math.min(METER_DB, METER_DB + levelDb)));
		countdown.setText(NLS.bind(Messages.Microphone_seconds, (int) Math.ceil(Math.max(0, RECORD_SECONDS - seconds))));
	}

	private void recorded(SoundRecorder.Recording done) {
		finishRecording();
		if (done.isSilent()) {
			status.setText(Messages.Microphone_silent);
			return;
		}
		recorded = done;
		extract.setEnabled(true);
		status.setText(NLS.bind(Messages.Microphone_recorded, String.format("%.0f", done.seconds()))); //$NON-NLS-1$
	}

	private void stopped(String reason) {
		finishRecording();
		status.setText(reason);
	}

	private void finishRecording() {
		recording = null;
		meter.setSelection(0);
		countdown.setText(NLS.bind(Messages.Microphone_seconds, RECORD_SECONDS));
		record.setText(NLS.bind(Messages.Microphone_record, RECORD_SECONDS));
		record.setEnabled(picker.chosen() != null);
	}

	private void extract() {
		SoundRecorder.Recording source = recorded;
		if (source == null) {
			return;
		}
		int gateDb = gate.getSelection();
		extract.setEnabled(false);
		record.setEnabled(false);
		Job job = Job.create(NLS.bind(Messages.Microphone_extractJob, categoryName), (IProgressMonitor monitor) -> {
			try {
				List<SoundClipExtraction.Clip> clips = SoundClipExtraction.extract(source.samples(), background, gateDb);
				List<String> paths = ExtractedClips.write(projectFolder, categoryFolder, clips, "mic", takenNames, //$NON-NLS-1$
						monitor);
				asyncIfOpen(() -> extracted(paths, gateDb));
			} catch (IOException e) {
				asyncIfOpen(() -> extractFailed(NLS.bind(Messages.Microphone_saveFailed, categoryFolder, e.getMessage())));
			} catch (OperationCanceledException e) {
				asyncIfOpen(() -> extractFailed(Messages.Microphone_cancelled));
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private void extracted(List<String> paths, int gateDb) {
		recorded = null;
		record.setEnabled(picker.chosen() != null);
		if (paths.isEmpty()) {
			status.setText(NLS.bind(Messages.Microphone_nothingKept, gateDb));
			return;
		}
		paths.forEach(path -> takenNames.add(Path.of(path).getFileName().toString()));
		extractedTotal += paths.size();
		status.setText(NLS.bind(Messages.Microphone_kept, paths.size(), extractedTotal));
		onExtracted.accept(paths);
	}

	private void extractFailed(String reason) {
		extract.setEnabled(recorded != null);
		record.setEnabled(picker.chosen() != null);
		status.setText(reason);
	}

	@Override
	public boolean close() {
		if (recording != null) {
			recording.cancel();
		}
		return super.close();
	}
}
