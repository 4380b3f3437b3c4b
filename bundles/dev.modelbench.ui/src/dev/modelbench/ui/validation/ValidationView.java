package dev.modelbench.ui.validation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
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
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CaptureLoop;
import dev.modelbench.capture.FrameSource;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.capture.CameraPicker;
import dev.modelbench.ui.capture.FramePreview;
import dev.modelbench.ui.capture.MicrophonePicker;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.editors.ModelEditorTracker;
import dev.modelbench.ui.export.ModelExport;
import dev.modelbench.ui.forms.FormHeader;
import dev.modelbench.ui.handlers.ExportHandler;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.push.ResultPushPanel;

/**
 * Seed 000's step 4 for the active Model editor's project: the trained model on new data, live
 * from a webcam (label, confidence and a bar per class at video rate, predicted off the UI thread)
 * or from a file opened or dropped here; step 5's Export, and the Real-time Result Push of every
 * prediction to an MQTT broker.
 */
public final class ValidationView extends ViewPart implements ExportHandler.OutcomeShown {

	public static final String ID = "dev.modelbench.ui.views.validation"; //$NON-NLS-1$

	private ModelEditorTracker tracker;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormHeader header;
	private Label tip;
	private Button webcamMode;
	private Button microphoneMode;
	private Button fileMode;
	private Composite webcamRow;
	private CameraPicker picker;
	private Composite microphoneRow;
	private MicrophonePicker microphonePicker;
	private Button listen;
	private Button smooth;
	private MicrophoneListening listening;
	private Composite fileRow;
	private Button open;
	private Label drop;
	private FramePreview preview;
	private Label result;
	private ClassBars bars;
	private Label exportStatus;
	private Button export;
	private ResultPushPanel push;
	private ModelEditor editor;
	private TrainedModel model;
	private Path loadedFrom;
	private FileTime loadedStamp;
	private CaptureLoop loop;
	private LivePredictor predictor;
	private final AtomicReference<Prediction> pending = new AtomicReference<>();
	private final AtomicBoolean showScheduled = new AtomicBoolean();
	private volatile int livePredictions;
	private List<String> shownClasses = List.of();

	@Override
	public void createPartControl(Composite parent) {
		getSite().getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
		header = new FormHeader(toolkit, form);

		tip = toolkit.createLabel(body, Messages.Validation_tip, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(tip);

		Composite modes = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(modes);
		webcamMode = toolkit.createButton(modes, Messages.Validation_webcam, SWT.RADIO);
		microphoneMode = toolkit.createButton(modes, Messages.Validation_microphone, SWT.RADIO);
		fileMode = toolkit.createButton(modes, Messages.Validation_file, SWT.RADIO);
		fileMode.setSelection(true);
		webcamMode.addListener(SWT.Selection, event -> modeChanged());
		microphoneMode.addListener(SWT.Selection, event -> modeChanged());
		fileMode.addListener(SWT.Selection, event -> modeChanged());
		GridDataFactory.fillDefaults().applyTo(webcamMode);
		GridDataFactory.fillDefaults().applyTo(microphoneMode);
		setVisible(microphoneMode, false);

		webcamRow = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(webcamRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(webcamRow);
		picker = new CameraPicker(webcamRow, this::cameraChosen);
		toolkit.adapt(picker.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());

		microphoneRow = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(microphoneRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(microphoneRow);
		microphonePicker = new MicrophonePicker(microphoneRow, input -> listen.setEnabled(input != null));
		toolkit.adapt(microphonePicker.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(microphonePicker.control());
		Composite listenRow = toolkit.createComposite(microphoneRow);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(listenRow);
		listen = toolkit.createButton(listenRow, Messages.Validation_listen, SWT.PUSH);
		listen.setEnabled(false);
		listen.addListener(SWT.Selection, event -> listenOrStop());
		smooth = toolkit.createButton(listenRow, Messages.Validation_smooth, SWT.CHECK);
		smooth.setToolTipText(Messages.Validation_smoothTip);
		smooth.setSelection(true);

		fileRow = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fileRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileRow);
		open = toolkit.createButton(fileRow, Messages.Validation_open, SWT.PUSH);
		ModelCommands.bind(open, this, ModelCommands.VALIDATE_FILE, () -> result.setText(Messages.Validation_notTrained));
		drop = toolkit.createLabel(fileRow, Messages.Validation_drop, SWT.WRAP);
		// A wrapping label must not ask for its one-line width, or the whole form gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(drop);

		Composite output = toolkit.createComposite(body);
		// The answer under the picture: the view is usually a narrow column beside the editor.
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(output);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		preview = new FramePreview(output);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, 240).applyTo(preview.control());
		Composite answer = toolkit.createComposite(output);
		GridLayoutFactory.fillDefaults().applyTo(answer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(answer);
		result = toolkit.createLabel(answer, "", SWT.WRAP); //$NON-NLS-1$
		result.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(result);
		bars = new ClassBars(answer);
		toolkit.adapt(bars.control());
		GridDataFactory.fillDefaults().grab(true, false).hint(150, 60).applyTo(bars.control());
		dropFiles(preview.control());
		dropFiles(form.getBody());

		Composite exportRow = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(exportRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(exportRow);
		export = toolkit.createButton(exportRow, Messages.Validation_export, SWT.PUSH);
		export.setToolTipText(Messages.Validation_exportTip);
		ModelCommands.bind(export, this, ModelCommands.EXPORT);
		exportStatus = toolkit.createLabel(exportRow, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(exportStatus);

		push = new ResultPushPanel(body, toolkit, this, () -> form.reflow(true));
		// Its description wraps: it must not ask for its one-line width, or the view gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(push.control());

		modeChanged();
		tracker = new ModelEditorTracker(getSite().getPage(), this::show);
		show(tracker.current());
	}

	private void modeChanged() {
		boolean webcam = webcamMode.getSelection();
		boolean microphone = microphoneMode.getSelection();
		setVisible(webcamRow, webcam);
		setVisible(microphoneRow, microphone);
		setVisible(fileRow, !webcam && !microphone);
		if (webcam) {
			picker.refresh();
		} else {
			stopCamera();
		}
		if (microphone) {
			microphonePicker.refresh();
		} else {
			stopListening();
		}
		form.reflow(true);
	}

	/** Offers the webcam for image projects and the microphone for sound projects. */
	private void showModesFor(boolean sound) {
		if (microphoneMode.getVisible() == sound) {
			return;
		}
		setVisible(webcamMode, !sound);
		setVisible(microphoneMode, sound);
		tip.setText(sound ? Messages.Validation_tipSound : Messages.Validation_tip);
		// A sound has no picture: the answer moves up under the microphone.
		preview.clear();
		preview.control().setVisible(!sound);
		((org.eclipse.swt.layout.GridData) preview.control().getLayoutData()).exclude = sound;
		open.setText(sound ? Messages.Validation_openSound : Messages.Validation_open);
		drop.setText(sound ? Messages.Validation_dropSound : Messages.Validation_drop);
		export.setText(sound ? Messages.Validation_exportSound : Messages.Validation_export);
		export.setToolTipText(sound ? Messages.Validation_exportSoundTip : Messages.Validation_exportTip);
		if (webcamMode.getSelection() || microphoneMode.getSelection()) {
			useFile();
		}
		tip.getParent().layout(true, true);
	}

	private static void setVisible(Control control, boolean visible) {
		control.setVisible(visible);
		((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
	}

	/** Switches to webcam validation and lists the cameras, as the Webcam choice does. */
	public CameraPicker useWebcam() {
		webcamMode.setSelection(true);
		fileMode.setSelection(false);
		modeChanged();
		return picker;
	}

	/** Switches to live microphone validation (sound projects) and lists the inputs. */
	public MicrophonePicker useMicrophone() {
		microphoneMode.setSelection(true);
		webcamMode.setSelection(false);
		fileMode.setSelection(false);
		modeChanged();
		return microphonePicker;
	}

	/** Switches to file validation, as the File choice does. */
	public void useFile() {
		fileMode.setSelection(true);
		webcamMode.setSelection(false);
		microphoneMode.setSelection(false);
		modeChanged();
	}

	/** The Listen button of microphone validation (Stop listening while it listens). */
	public Button listenButton() {
		return listen;
	}

	/** Whether the microphone is being classified. */
	public boolean isListening() {
		return listening != null && listening.isListening();
	}

	private void listenOrStop() {
		if (listening != null) {
			stopListening();
			return;
		}
		SoundInput input = microphonePicker.chosen();
		if (input == null) {
			return;
		}
		if (!(model instanceof SoundClassifier classifier)) {
			result.setText(Messages.Validation_notTrained);
			return;
		}
		result.setText(NLS.bind(Messages.Validation_listening, input.name()));
		listening = new MicrophoneListening(input, classifier, smooth.getSelection(), this::predicted,
				failure -> asyncIfOpen(() -> {
					stopListening();
					result.setText(failure);
				}, () -> {
				}), () -> asyncIfOpen(this::stopListening, () -> {
				}));
		listen.setText(Messages.Validation_stopListening);
		smooth.setEnabled(false);
		listen.getParent().layout(true);
	}

	private void stopListening() {
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

	private void show(ModelEditor shown) {
		if (form.isDisposed()) {
			return;
		}
		if (shown != editor) {
			stopCamera();
			stopListening();
			closeModel();
			editor = shown;
			shownClasses = List.of();
			preview.clear();
			result.setText(""); //$NON-NLS-1$
		}
		push.setProject(editor == null ? null : editor.modelFile().getProject(),
				editor == null ? List.of() : classNames());
		if (editor == null) {
			header.heading(Messages.Validation_noProject);
			header.message(null, IMessageProvider.NONE);
			export.setEnabled(false);
			return;
		}
		header.heading(NLS.bind(Messages.Validation_title, editor.model().getName()));
		showModesFor(editor.model().getTaskKind() == TaskKind.SOUND_CLASSIFICATION);
		List<String> classes = classNames();
		if (!classes.equals(shownClasses)) {
			shownClasses = classes;
			bars.setClasses(classes, colours());
			GridDataFactory.fillDefaults().grab(true, false).hint(150, bars.heightFor(classes.size()))
					.applyTo(bars.control());
			form.reflow(true);
		}
		reloadIfRetrained();
	}

	private List<String> classNames() {
		return model != null ? model.classNames()
				: editor.model().getCategories().stream().map(c -> c.getDisplayName() == null ? c.getName()
						: c.getDisplayName()).toList();
	}

	private List<RGB> colours() {
		List<RGB> rgb = new ArrayList<>();
		for (Category category : editor.model().getCategories()) {
			try {
				int value = Integer.parseInt(category.getColour().substring(1), 16);
				rgb.add(new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF));
			} catch (RuntimeException e) {
				rgb.add(new RGB(0x4E, 0x79, 0xA7));
			}
		}
		return rgb;
	}

	/** Loads the trained model when there is one and it is not the one loaded already. */
	private void reloadIfRetrained() {
		Path folder = editor.projectFolder();
		Path file = TrainedModelStore.modelFile(folder);
		FileTime stamp = stamp(file);
		if (stamp == null) {
			closeModel();
			export.setEnabled(false);
			header.message(Messages.Validation_notTrained, IMessageProvider.INFORMATION);
			return;
		}
		if (folder.equals(loadedFrom) && Objects.equals(stamp, loadedStamp)) {
			return;
		}
		loadedFrom = folder;
		loadedStamp = stamp;
		header.message(Messages.Validation_loading, IMessageProvider.INFORMATION);
		ModelEditor loadingFor = editor;
		// Opening the ONNX session takes a moment: in the background.
		Job load = Job.create(Messages.Validation_loadJob, (IProgressMonitor monitor) -> {
			try {
				TrainedModel loaded = TrainedModelStore.load(folder);
				asyncIfOpen(() -> loaded(loadingFor, loaded), loaded::close);
			} catch (IOException e) {
				asyncIfOpen(() -> header.message(e.getMessage(), IMessageProvider.ERROR), () -> {
				});
			}
			return Status.OK_STATUS;
		});
		load.setSystem(true);
		load.schedule();
	}

	private void loaded(ModelEditor loadingFor, TrainedModel loaded) {
		if (loadingFor != editor) {
			loaded.close();
			return;
		}
		TrainedModel old = model;
		model = loaded;
		if (predictor != null) {
			predictor.close();
			predictor = null;
		}
		stopListening(); // it classified with the old model
		if (old != null) {
			old.close();
		}
		shownClasses = model.classNames();
		push.setClassNames(model.classNames());
		bars.setClasses(model.classNames(), colours());
		header.message(NLS.bind(Messages.Validation_ready, model.description()), IMessageProvider.INFORMATION);
		export.setEnabled(true);
		if (loop != null && model instanceof ImageClassifier classifier) {
			predictor = new LivePredictor(classifier, this::predicted);
		}
	}

	/** Whether a trained model is loaded and ready to predict. */
	public boolean hasModel() {
		return model != null;
	}

	private void closeModel() {
		if (predictor != null) {
			predictor.close();
			predictor = null;
		}
		if (model != null) {
			model.close();
			model = null;
		}
		loadedFrom = null;
		loadedStamp = null;
	}

	private static FileTime stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Asks for a picture (or sound) and classifies it, as Open does.
	 *
	 * @return the job, or null when the user cancelled
	 */
	public Job chooseFile() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		boolean images = editor == null || editor.model().getTaskKind() == TaskKind.IMAGE_CLASSIFICATION;
		dialog.setFilterExtensions(images
				? new String[] { ImageSamples.extensions().stream().map(e -> "*." + e).collect(Collectors.joining(";")), "*.*" } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: new String[] { "*.wav", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		return chosen == null ? null : predictFile(Path.of(chosen));
	}

	/**
	 * Classifies {@code file} in the background and shows it with the answer.
	 *
	 * @return the job, or null when there is no trained model
	 */
	public Job predictFile(Path file) {
		TrainedModel current = model;
		if (current == null) {
			result.setText(Messages.Validation_notTrained);
			return null;
		}
		useFileQuietly();
		Job job = Job.create(NLS.bind(Messages.Validation_fileJob, file.getFileName()), (IProgressMonitor monitor) -> {
			try {
				Prediction prediction;
				if (current instanceof ImageClassifier classifier) {
					BufferedImage image = ImageSamples.read(file);
					preview.show(image);
					prediction = classifier.predict(image);
				} else {
					prediction = current.predict(file);
				}
				pushed(prediction);
				asyncIfOpen(() -> showPrediction(prediction), () -> {
				});
			} catch (UnreadableSampleException e) {
				asyncIfOpen(() -> result.setText(e.getMessage()), () -> {
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void useFileQuietly() {
		if (!fileMode.getSelection()) {
			useFile();
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
				asyncIfOpen(() -> startCamera(source), source::close);
			} catch (CameraException e) {
				asyncIfOpen(() -> result.setText(e.getMessage()), () -> {
				});
			}
			return Status.OK_STATUS;
		});
		open.setSystem(true);
		open.schedule();
	}

	private void startCamera(FrameSource source) {
		if (!webcamMode.getSelection()) {
			source.close();
			return;
		}
		if (model instanceof ImageClassifier classifier) {
			predictor = new LivePredictor(classifier, this::predicted);
		} else {
			result.setText(Messages.Validation_notTrained);
		}
		loop = CaptureLoop.start(source, new CaptureLoop.Listener() {
			@Override
			public void frame(BufferedImage frame, long nanos) {
				preview.show(frame);
				LivePredictor current = predictor;
				if (current != null) {
					current.offer(frame);
				}
			}

			@Override
			public void failed(CameraException failure) {
				asyncIfOpen(() -> result.setText(failure.getMessage()), () -> {
				});
			}
		}, 30);
	}

	/** On the predictor's thread: the newest prediction waits for the UI, older ones are dropped. */
	private void predicted(Prediction prediction) {
		livePredictions++;
		pushed(prediction);
		pending.set(prediction);
		if (showScheduled.compareAndSet(false, true)) {
			asyncIfOpen(() -> {
				showScheduled.set(false);
				Prediction newest = pending.getAndSet(null);
				if (newest != null) {
					showPrediction(newest);
				}
			}, () -> {
			});
		}
	}

	/** Hands a prediction to the Result Push and the other listeners; returns at once, connected or not. */
	private void pushed(Prediction prediction) {
		push.publish(prediction.label(), prediction.confidence(), prediction.probabilities());
		LivePredictions.publish(prediction);
	}

	/** The Real-time Result Push section. */
	public ResultPushPanel push() {
		return push;
	}

	/** How many frames (or sound windows) the live validation has classified. */
	public int livePredictions() {
		return livePredictions;
	}

	private void showPrediction(Prediction prediction) {
		result.setText(NLS.bind(Messages.Validation_result, prediction.label(),
				String.format(Locale.ROOT, "%.0f %%", prediction.confidence() * 100))); //$NON-NLS-1$
		bars.show(prediction.probabilities());
		result.getParent().layout(true);
	}

	/** The answer shown, e.g. "cat 92 %". */
	public String resultText() {
		return result.getText();
	}

	public FramePreview preview() {
		return preview;
	}

	private void stopCamera() {
		if (loop != null) {
			CaptureLoop stopping = loop;
			loop = null;
			Thread closer = new Thread(stopping::close, "Model Bench camera release"); //$NON-NLS-1$
			closer.setDaemon(true);
			closer.start();
		}
		if (predictor != null) {
			predictor.close();
			predictor = null;
		}
	}

	@Override
	public void showExportOutcome(String outcome) {
		if (!exportStatus.isDisposed()) {
			exportStatus.setText(outcome);
			exportStatus.getParent().layout(true);
		}
	}

	/**
	 * Exports the trained model into {@code folder} in the background (ONNX for images).
	 *
	 * @return the job, or null when there is no project
	 */
	public ModelExport export(Path folder) {
		if (editor == null) {
			return null;
		}
		exportStatus.setText(Messages.Validation_exporting);
		return ModelExport.run(editor.modelFile().getProject(), editor.projectFolder(), folder, form.getDisplay(),
				this::showExportOutcome);
	}

	/** What the last export did, for the user. */
	public String exportStatus() {
		return exportStatus.getText();
	}

	private void dropFiles(org.eclipse.swt.widgets.Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names && names.length > 0) {
					predictFile(Path.of(names[0]));
				}
			}
		});
	}

	/** Runs {@code work} on the UI thread if the view is still open, else {@code otherwise} here. */
	private void asyncIfOpen(Runnable work, Runnable otherwise) {
		if (form.isDisposed()) {
			otherwise.run();
			return;
		}
		form.getDisplay().asyncExec(() -> {
			if (form.isDisposed()) {
				otherwise.run();
			} else {
				work.run();
			}
		});
	}

	@Override
	public void setFocus() {
		(fileMode.getSelection() ? fileMode : webcamMode.getSelection() ? webcamMode : microphoneMode).setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		stopCamera();
		if (listening != null) {
			listening.close();
		}
		closeModel();
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
