package dev.modelbench.ui.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.ui.capture.CameraPicker;
import dev.modelbench.ui.capture.MicrophonePicker;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.editors.ModelEditorTracker;
import dev.modelbench.ui.forms.FormHeader;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ExportHandler;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.push.ResultPushPanel;

/**
 * Seed 000's step 4 for the active Model editor's project: the trained model on new data from a
 * source chosen here (webcam, microphone, a board that runs the model, or a file), each a section
 * of its own; step 5's Export, and the Real-time Result Push of every result to an MQTT broker.
 * The part loads the trained model and wires the sections; the sections do the work.
 */
public final class ValidationView extends ViewPart implements ExportHandler.OutcomeShown {

	public static final String ID = "dev.modelbench.ui.views.validation"; //$NON-NLS-1$

	private ModelEditorTracker tracker;
	private PartForm partForm;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormHeader header;
	private Label tip;
	private Button webcamMode;
	private Button microphoneMode;
	private Button boardMode;
	private Button fileMode;
	private WebcamSource webcam;
	private MicrophoneSource microphone;
	private BoardSource board;
	private FileSource file;
	private AnswerSection answer;
	private ExportSection export;
	private ResultPushPanel push;
	private ModelEditor editor;
	private TrainedModel model;
	private ModelLoading loading;
	private List<String> shownClasses = List.of();
	private Boolean shownForSound;

	@Override
	public void createPartControl(Composite parent) {
		getSite().getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
		partForm = new PartForm(parent, 1, "validation"); //$NON-NLS-1$
		toolkit = partForm.toolkit();
		form = partForm.form();
		header = partForm.header();
		Composite body = partForm.body();
		ValidationContext context = new ValidationContext(partForm, () -> model, this::classNames, () -> push);
		loading = new ModelLoading(context);

		tip = toolkit.createLabel(body, Messages.Validation_tip, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(tip);

		Composite modes = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(modes);
		webcamMode = mode(modes, Messages.Validation_webcam, "validation.webcam"); //$NON-NLS-1$
		microphoneMode = mode(modes, Messages.Validation_microphone, "validation.microphone"); //$NON-NLS-1$
		boardMode = mode(modes, Messages.Validation_board, "validation.board"); //$NON-NLS-1$
		fileMode = mode(modes, Messages.Validation_file, "validation.file"); //$NON-NLS-1$
		fileMode.setSelection(true);
		setVisible(microphoneMode, false);

		answer = new AnswerSection(body, context);
		webcam = new WebcamSource(body, context, answer);
		microphone = new MicrophoneSource(body, context, answer);
		board = new BoardSource(body, context, answer);
		file = new FileSource(body, context, answer, this);
		for (Control source : List.of(webcam.control(), microphone.control(), board.control(), file.control())) {
			GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
			source.moveAbove(answer.control());
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(answer.control());
		FileSource.acceptDrops(answer.preview().control(), this::predictFile);
		FileSource.acceptDrops(body, this::predictFile);

		export = new ExportSection(body, context, this);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(export.control());

		push = new ResultPushPanel(body, toolkit, this, () -> form.reflow(true));
		// Its description wraps: it must not ask for its one-line width, or the view gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(push.control());

		modeChanged();
		tracker = new ModelEditorTracker(getSite().getPage(), this::show);
		show(tracker.current());
	}

	private Button mode(Composite modes, String text, String name) {
		Button mode = WidgetNames.name(toolkit.createButton(modes, text, SWT.RADIO), name);
		mode.addListener(SWT.Selection, event -> {
			if (mode.getSelection()) {
				choose(mode);
			}
		});
		GridDataFactory.fillDefaults().applyTo(mode);
		return mode;
	}

	private void modeChanged() {
		setVisible(webcam.control(), webcamMode.getSelection());
		setVisible(microphone.control(), microphoneMode.getSelection());
		setVisible(board.control(), boardMode.getSelection());
		setVisible(file.control(), fileMode.getSelection());
		if (webcamMode.getSelection()) {
			webcam.start();
		} else {
			webcam.stop();
		}
		if (microphoneMode.getSelection()) {
			microphone.start();
		} else {
			microphone.stop();
		}
		if (boardMode.getSelection()) {
			board.start();
		} else {
			board.stop();
		}
		form.reflow(true);
	}

	private void choose(Button mode) {
		for (Button each : List.of(webcamMode, microphoneMode, boardMode, fileMode)) {
			each.setSelection(each == mode);
		}
		modeChanged();
	}

	/** Offers the webcam for image projects and the microphone for sound projects. */
	private void showModesFor(boolean sound) {
		if (Objects.equals(shownForSound, sound)) {
			return;
		}
		shownForSound = sound;
		setVisible(webcamMode, !sound);
		setVisible(microphoneMode, sound);
		tip.setText(sound ? Messages.Validation_tipSound : Messages.Validation_tip);
		answer.showPicture(!sound);
		file.setSound(sound);
		export.setSound(sound);
		if (webcamMode.getSelection() || microphoneMode.getSelection()) {
			useFile();
		}
		tip.getParent().layout(true, true);
	}

	private static void setVisible(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	/** Switches to webcam validation and lists the cameras, as the Webcam choice does. */
	public CameraPicker useWebcam() {
		choose(webcamMode);
		return webcam.picker();
	}

	/** Switches to live microphone validation (sound projects) and lists the inputs. */
	public MicrophonePicker useMicrophone() {
		choose(microphoneMode);
		return microphone.picker();
	}

	/** Switches to the results of a board that runs the model and lists the ports; Watch starts reading. */
	public ValidationView useBoard() {
		choose(boardMode);
		return this;
	}

	/** Switches to file validation, as the File choice does. */
	private void useFile() {
		choose(fileMode);
	}

	private void show(ModelEditor shown) {
		if (form.isDisposed()) {
			return;
		}
		if (shown != editor) {
			stopSources();
			closeModel();
			editor = shown;
			shownClasses = List.of();
			answer.clear();
			// The last export was another project's.
			export.showOutcome(""); //$NON-NLS-1$
		}
		push.setProject(editor == null ? null : editor.modelFile().getProject(), classNames());
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
			answer.setClasses(classes, colours());
			form.reflow(true);
		}
		reloadIfRetrained();
	}

	private void stopSources() {
		webcam.pause();
		microphone.stop();
		board.stop();
	}

	private List<String> classNames() {
		if (model != null) {
			return model.classNames();
		}
		return editor == null ? List.of()
				: editor.model().getCategories().stream()
						.map(c -> c.getDisplayName() == null ? c.getName() : c.getDisplayName()).toList();
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
		ModelEditor loadingFor = editor;
		switch (loading.loadIfRetrained(editor.projectFolder(), loaded -> loaded(loadingFor, loaded),
				failure -> header.message(failure, IMessageProvider.ERROR))) {
		case NONE -> {
			closeModel();
			export.setEnabled(false);
			header.message(Messages.Validation_notTrained, IMessageProvider.INFORMATION);
		}
		case LOADING -> header.message(Messages.Validation_loading, IMessageProvider.INFORMATION);
		case CURRENT -> {
			// nothing new
		}
		}
	}

	private void loaded(ModelEditor loadingFor, TrainedModel loaded) {
		if (loadingFor != editor) {
			loaded.close();
			return;
		}
		TrainedModel old = model;
		model = loaded;
		// What classified with the old model stops or moves to the new one.
		webcam.modelChanged();
		microphone.stop();
		board.stop();
		if (old != null) {
			old.close();
		}
		shownClasses = model.classNames();
		push.setClassNames(model.classNames());
		answer.setClasses(model.classNames(), colours());
		header.message(NLS.bind(Messages.Validation_ready, model.description()), IMessageProvider.INFORMATION);
		export.setEnabled(true);
	}

	private void closeModel() {
		if (model != null) {
			TrainedModel closing = model;
			model = null;
			webcam.modelChanged();
			closing.close();
		}
		loading.forget();
	}

	/**
	 * Asks for a picture (or sound) and classifies it, as Open does.
	 *
	 * @return the job, or null when the user cancelled
	 */
	public Job chooseFile() {
		boolean images = editor == null || editor.model().getTaskKind() == TaskKind.IMAGE_CLASSIFICATION;
		Path chosen = FileSource.choose(getSite().getShell(), images);
		return chosen == null ? null : predictFile(chosen);
	}

	/**
	 * Classifies {@code file} in the background and shows it with the answer.
	 *
	 * @return the job, or null when there is no trained model
	 */
	public Job predictFile(Path path) {
		if (model != null && !fileMode.getSelection()) {
			useFile();
		}
		return file.predict(path);
	}

	/** The Real-time Result Push section. */
	public ResultPushPanel push() {
		return push;
	}

	@Override
	public void showExportOutcome(String outcome) {
		export.showOutcome(outcome);
	}

	/**
	 * The model file of the project the view shows: its buttons' commands work on that project even
	 * while another editor (a text file's) is active.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IResource.class && editor != null) {
			return adapter.cast(editor.modelFile());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		List.of(webcamMode, microphoneMode, boardMode, fileMode).stream().filter(Button::getSelection).findFirst()
				.orElse(fileMode).setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		if (webcam != null) {
			webcam.stop();
			microphone.stop();
			board.stop();
		}
		if (model != null) {
			model.close();
			model = null;
		}
		if (partForm != null) {
			partForm.dispose();
		}
		super.dispose();
	}
}
