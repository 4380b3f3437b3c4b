package dev.modelbench.ui.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.monitor.SerialMonitor;
import dev.modelbench.deploy.sketch.ActionMap;
import dev.modelbench.deploy.sketch.BoardAction;
import dev.modelbench.deploy.sketch.GeneratedSketch;
import dev.modelbench.deploy.sketch.ResultReactorSketch;
import dev.modelbench.deploy.sketch.ResultSource;
import dev.modelbench.deploy.sketch.SketchFlasher;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.editors.ModelEditorTracker;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.DeviceList;
import dev.modelbench.ui.handlers.ExportHandler;
import dev.modelbench.ui.handlers.ModelBenchState;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * Seed 002's step 5 for the active Model editor's project: choose the board and its port; on a board
 * that runs models, generate the program that runs the trained model there (and, on a Linux board,
 * upload and run it); or say what the board does for each class, then generate the result reactor
 * sketch, compile and flash it, and stream each validation result to the board ("the PC runs the
 * model; the board acts on the result"). Generated code opens in an editor.
 */
public final class DeployView extends ViewPart implements ExportHandler.OutcomeShown {

	public static final String ID = "dev.modelbench.ui.views.deploy"; //$NON-NLS-1$

	/** Where the sketch goes in the project. */
	public static final String FOLDER = "deploy"; //$NON-NLS-1$

	private final BoardCatalog catalog = BoardCatalog.installed();
	private final List<Board> boards = new ArrayList<>();
	private ModelEditorTracker tracker;
	private PartForm form;
	private Combo board;
	private PortChooser port;
	private Composite table;
	private final List<ActionRow> rows = new ArrayList<>();
	private List<String> shownClasses = List.of();
	private Spinner minConfidence;
	private Button stream;
	private Label status;
	private ModelEditor editor;
	private BoardResultStream results;
	private ModelOnBoardSection modelOnBoard;

	@Override
	public void createPartControl(Composite parent) {
		getSite().getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
		form = new PartForm(parent, 2, "deploy"); //$NON-NLS-1$
		FormToolkit toolkit = form.toolkit();
		Composite body = form.body();

		toolkit.createLabel(body, Messages.Deploy_board);
		board = WidgetNames.name(new Combo(body, SWT.READ_ONLY), "deploy.board"); //$NON-NLS-1$
		for (Board each : catalog.boards()) {
			// All of them: one that cannot take results over serial says so when its sketch is asked for.
			boards.add(each);
			board.add(each.name() + " (" + each.chip() + ')'); //$NON-NLS-1$
		}
		if (!boards.isEmpty()) {
			board.select(0);
		}
		toolkit.adapt(board);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(board);
		toolkit.createLabel(body, Messages.Deploy_port);
		port = new PortChooser(body, "deploy.port"); //$NON-NLS-1$
		toolkit.adapt((Composite) port.control());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(port.control());
		board.addListener(SWT.Selection, event -> showBoard());
		port.onChange(this::portChanged);

		modelOnBoard = new ModelOnBoardSection(body, toolkit, this);

		Label mode = toolkit.createLabel(body, Messages.Deploy_mode, SWT.WRAP);
		mode.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(250, SWT.DEFAULT).applyTo(mode);
		Label explain = toolkit.createLabel(body, Messages.Deploy_modeExplained, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(250, SWT.DEFAULT).applyTo(explain);

		table = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(table);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(table);

		toolkit.createLabel(body, Messages.Deploy_minConfidence);
		minConfidence = new Spinner(body, SWT.BORDER);
		minConfidence.setValues(50, 0, 100, 0, 5, 10);
		toolkit.adapt(minConfidence);

		Composite buttons = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		Button generate = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_generate, SWT.PUSH),
				"deploy.generateSketch"); //$NON-NLS-1$
		ModelCommands.bind(generate, this, ModelCommands.GENERATE_SKETCH);
		Button upload = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_upload, SWT.PUSH),
				"deploy.compileAndUpload"); //$NON-NLS-1$
		ModelCommands.bind(upload, this, ModelCommands.COMPILE_AND_UPLOAD, () -> setStatus(Messages.Deploy_noPort));
		Button export = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_export, SWT.PUSH),
				"deploy.export"); //$NON-NLS-1$
		export.setToolTipText(Messages.Deploy_exportTip);
		export.addListener(SWT.Selection, event -> export());

		stream = WidgetNames.name(toolkit.createButton(body, Messages.Deploy_stream, SWT.CHECK), "deploy.stream"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(stream);
		stream.addListener(SWT.Selection, event -> setStreaming(stream.getSelection()));

		status = WidgetNames.name(toolkit.createLabel(body, "", SWT.WRAP), "deploy.status"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(250, SWT.DEFAULT).applyTo(status);

		tracker = new ModelEditorTracker(getSite().getPage(), this::show);
		show(tracker.current());
		if (!boards.isEmpty()) {
			showBoard();
		}
	}

	/** The sections the chosen board can use. */
	private void showBoard() {
		modelOnBoard.showFor(chosenBoard());
		portChanged();
		form.reflow();
	}

	/** Compile and upload is enabled once the board has the port it needs. */
	private void portChanged() {
		ModelBenchState.update(ModelBenchState.PORT_CHOSEN, portFor(chosenBoard()) != null);
	}

	private void show(ModelEditor shown) {
		if (form.isDisposed()) {
			return;
		}
		editor = shown;
		List<String> classes = editor == null ? List.of()
				: editor.model().getCategories().stream()
						.map(c -> c.getDisplayName() == null ? c.getName() : c.getDisplayName()).toList();
		String heading = editor == null ? Messages.Deploy_noProject : NLS.bind(Messages.Deploy_title, editor.model().getName());
		form.header().heading(heading);
		if (classes.equals(shownClasses)) {
			return;
		}
		shownClasses = classes;
		for (Control cell : table.getChildren()) {
			cell.dispose();
		}
		rows.clear();
		for (String header : new String[] { Messages.Deploy_class, Messages.Deploy_action, Messages.Deploy_pin,
				Messages.Deploy_value }) {
			Label label = form.toolkit().createLabel(table, header);
			label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		}
		for (String name : classes) {
			rows.add(new ActionRow(table, name, 13));
		}
		form.reflow();
	}

	Board chosenBoard() {
		return boards.get(Math.max(0, board.getSelectionIndex()));
	}

	private ActionMap actionMap() {
		Map<String, List<BoardAction>> actions = new LinkedHashMap<>();
		for (ActionRow row : rows) {
			row.action().ifPresent(action -> actions.put(row.className(), List.of(action)));
		}
		return new ActionMap(actions, minConfidence.getSelection() / 100.0);
	}

	/**
	 * Writes the result reactor sketch for the chosen board and table into the project's deploy/
	 * folder, as Generate sketch does.
	 *
	 * @return the sketch folder, or null when it could not be made (the status says why)
	 */
	public Path generateSketch() {
		if (editor == null) {
			status.setText(Messages.Deploy_noProject);
			return null;
		}
		try {
			GeneratedSketch sketch = ResultReactorSketch.generate(chosenBoard(), actionMap(),
					new ResultSource.Serial(SerialMonitorView.REACTOR_BAUD));
			Path folder = sketch.writeTo(editor.projectFolder().resolve(FOLDER));
			refreshProject();
			String libraries = sketch.libraries().isEmpty() ? "" //$NON-NLS-1$
					: ' ' + NLS.bind(Messages.Deploy_libraries, String.join(", ", sketch.libraries())); //$NON-NLS-1$
			Path ino = folder.resolve(sketch.name() + ".ino"); //$NON-NLS-1$
			setStatus(NLS.bind(Messages.Deploy_generated, editor.projectFolder().relativize(ino)) + libraries);
			openGenerated(ino);
			return folder;
		} catch (DeployException | IllegalArgumentException | IOException e) {
			setStatus(e.getMessage());
			return null;
		}
	}

	/** Opens a file just written into the project in an editor, where the user can read and change it. */
	private void openGenerated(Path file) {
		try {
			GeneratedCodeEditor.open(getSite().getPage(), editor.modelFile().getProject(), editor.projectFolder(), file);
		} catch (org.eclipse.ui.PartInitException e) {
			setStatus(statusText() + ' ' + NLS.bind(Messages.Deploy_cannotOpen, e.getMessage()));
		}
	}

	/**
	 * Exports the trained model and writes the chosen board's program into deploy/&lt;board id&gt;/ in a
	 * job, then opens it, as Generate model code does.
	 *
	 * @return the job, or null when nothing was started (the status says why)
	 */
	public Job generateModelCode() {
		return modelOnBoard.generate();
	}

	/**
	 * Generates the model's sketch for the chosen microcontroller, then compiles and flashes it in a
	 * cancellable job, as Compile and flash does.
	 *
	 * @return the job that generates (the flash follows it), or null when nothing was started
	 */
	public Job compileAndFlashModel() {
		return modelOnBoard.compileAndFlash();
	}

	/**
	 * Generates the program, copies it to the chosen Linux board and runs it there in a cancellable
	 * job, its output in the Console view, as Upload and run does.
	 *
	 * @return the job, or null when nothing was started (the status says why)
	 */
	public Job uploadAndRun() {
		return modelOnBoard.uploadAndRun();
	}

	/** Ends the program Upload and run started, as Stop does. */
	public void stopProgram() {
		modelOnBoard.stop();
	}

	/** Where Upload and run logs in instead of the board's factory address and login (another board, a test's server). */
	public void setBoardLogin(UploadMethod.Sftp login) {
		modelOnBoard.setLogin(login);
	}

	ModelEditor editor() {
		return editor;
	}

	private void refreshProject() {
		try {
			editor.modelFile().getProject().getFolder(FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			// Written; the workspace sees it at its next refresh.
		}
	}

	/**
	 * Generates the sketch, then compiles and flashes it in a cancellable job, as Compile and upload does.
	 *
	 * @return the job, or null when nothing was started
	 */
	public Job upload() {
		String path = portFor(chosenBoard());
		if (path == null) {
			setStatus(Messages.Deploy_noPort);
			return null;
		}
		Path sketch = generateSketch();
		if (sketch == null) {
			return null;
		}
		setStatus(NLS.bind(Messages.Deploy_uploading, chosenBoard().name(), BoardUploadJob.target(chosenBoard(), path)));
		BoardUploadJob job = BoardUploadJob.forProject(chosenBoard(), editor.projectFolder(), sketch, path,
				this::statusLater);
		job.schedule();
		return job;
	}

	/** The chosen port for a flash of {@code target}; null when it needs one and none is chosen (a UF2 board needs none). */
	String portFor(Board target) {
		String path = port.path();
		return path.isEmpty() && SketchFlasher.needsPort(target) ? null : path;
	}

	/** The Export command; without a trained model the status says to train first. */
	private void export() {
		if (editor == null) {
			setStatus(Messages.Deploy_noProject);
		} else {
			ModelCommands.execute(this, ModelCommands.EXPORT, java.util.Map.of(),
					() -> setStatus(Messages.Deploy_notTrained));
		}
	}

	@Override
	public void showExportOutcome(String text) {
		setStatus(text);
	}

	/** Starts or stops sending each validation result to the board, as the check box does. */
	private void setStreaming(boolean on) {
		stream.setSelection(on);
		if (results != null) {
			results.close();
			results = null;
		}
		if (on) {
			String path = port.path();
			if (path.isEmpty()) {
				stream.setSelection(false);
				setStatus(Messages.Deploy_noPort);
				return;
			}
			results = new BoardResultStream(path, this::openMonitor, this::statusLater);
			setStatus(NLS.bind(Messages.Deploy_streaming, path));
		} else {
			setStatus(Messages.Deploy_notStreaming);
		}
	}

	/** The Serial Monitor view's monitor on {@code path}, if it is open there; on the stream's thread. */
	private SerialMonitor openMonitor(String path) {
		SerialMonitorView[] view = new SerialMonitorView[1];
		if (form.isDisposed()) {
			return null;
		}
		form.form().getDisplay().syncExec(() -> {
			IViewPart part = form.isDisposed() ? null : getSite().getPage().findView(SerialMonitorView.ID);
			view[0] = part instanceof SerialMonitorView monitorView ? monitorView : null;
		});
		return view[0] == null ? null : view[0].monitorOn(path);
	}

	private String statusText() {
		return status.getText();
	}

	private void setStatus(String text) {
		show(status, text);
	}

	/** Puts {@code text} on a status label and makes room for it. */
	void show(Label label, String text) {
		if (!label.isDisposed() && !Objects.equals(label.getText(), text)) {
			label.setText(text);
			form.reflow();
		}
	}

	private void statusLater(String text) {
		onUiThreadLater(() -> setStatus(text));
	}

	/** Runs {@code work} on the UI thread soon, unless the view is closed by then. */
	void onUiThreadLater(Runnable work) {
		form.asyncIfOpen(work);
	}

	/**
	 * The model file of the project the view shows: its buttons' commands work on that project even
	 * while another editor (the generated sketch's) is active; and its port chooser, which the
	 * view menu's Refresh Devices lists again.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IResource.class && editor != null) {
			return adapter.cast(editor.modelFile());
		}
		if (adapter == DeviceList.class && port != null) {
			return adapter.cast(port);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		board.setFocus();
	}

	@Override
	public void dispose() {
		ModelBenchState.update(ModelBenchState.PORT_CHOSEN, false);
		if (results != null) {
			results.close();
		}
		if (modelOnBoard != null) {
			modelOnBoard.dispose();
		}
		if (tracker != null) {
			tracker.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}
}
