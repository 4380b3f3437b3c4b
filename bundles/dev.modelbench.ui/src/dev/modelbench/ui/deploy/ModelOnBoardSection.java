package dev.modelbench.ui.deploy;

import java.util.Optional;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.onboard.BoardProgram;
import dev.modelbench.deploy.unihiker.KnownBoardKeys;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelBenchState;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Deploy view's "the board runs the model" section (issue 6, mode A): Generate model code
 * writes the board's program from a fresh export of the trained model and opens it in an editor;
 * on a Linux board reached over SFTP, Upload and run copies it there and runs it, its output in the
 * Console view, until it ends or Stop.
 */
final class ModelOnBoardSection {

	private final DeployView view;
	private final Composite section;
	private final Button flash;
	private final Button run;
	private final Button stop;
	private final Label status;
	private UploadMethod.Sftp login;
	private Job running;

	ModelOnBoardSection(Composite body, FormToolkit toolkit, DeployView view) {
		this.view = view;
		section = WidgetNames.name(toolkit.createComposite(body), "deploy.modelOnBoard"); //$NON-NLS-1$
		GridLayoutFactory.fillDefaults().applyTo(section);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(section);
		Label heading = toolkit.createLabel(section, Messages.Deploy_modelMode, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(heading);
		Label explain = toolkit.createLabel(section, Messages.Deploy_modelModeExplained, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(explain);
		Composite buttons = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		Button generate = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_generateModel, SWT.PUSH),
				"deploy.generateModelCode"); //$NON-NLS-1$
		ModelCommands.bind(generate, view, ModelCommands.GENERATE_MODEL_CODE);
		flash = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_flashModel, SWT.PUSH),
				"deploy.compileAndFlashModel"); //$NON-NLS-1$
		ModelCommands.bind(flash, view, ModelCommands.COMPILE_AND_FLASH_MODEL,
				() -> setStatus(view.editor() == null ? Messages.Deploy_noProject : Messages.Deploy_noPort));
		run = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_uploadAndRun, SWT.PUSH),
				"deploy.uploadAndRun"); //$NON-NLS-1$
		ModelCommands.bind(run, view, ModelCommands.RUN_ON_BOARD);
		stop = WidgetNames.name(toolkit.createButton(buttons, Messages.Deploy_stopProgram, SWT.PUSH),
				"deploy.stopProgram"); //$NON-NLS-1$
		ModelCommands.bind(stop, view, ModelCommands.STOP_ON_BOARD);
		stop.setEnabled(false);
		for (Control each : buttons.getChildren()) {
			GridDataFactory.swtDefaults().applyTo(each);
		}
		// Its own status, beside its buttons: the view's is below the action table, out of sight.
		status = WidgetNames.name(toolkit.createLabel(section, "", SWT.WRAP), "deploy.modelOnBoardStatus"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(status);
	}

	/** Shows the section only for a board that runs models itself, Upload and run only for a Linux board. */
	void showFor(Board board) {
		setShown(section, board.deployModes().contains(DeployMode.MODEL_ON_BOARD));
		boolean linux = board.uploadMethod() instanceof UploadMethod.Sftp;
		setShown(flash, !linux);
		setShown(run, linux);
		setShown(stop, linux);
		if (running == null) {
			setStatus(""); //$NON-NLS-1$
		}
		section.getParent().layout(true, true);
	}

	private static void setShown(Control control, boolean shown) {
		control.setVisible(shown);
		((GridData) control.getLayoutData()).exclude = !shown;
	}

	/** Where Upload and run logs in, instead of the board's factory address and login (another board, a test's server). */
	void setLogin(UploadMethod.Sftp login) {
		this.login = login;
	}

	/**
	 * Generate model code.
	 *
	 * @return the job, or null when nothing was started (the status says why)
	 */
	Job generate() {
		Optional<ProgramRequest> request = request();
		if (request.isEmpty()) {
			return null;
		}
		setStatus(NLS.bind(Messages.Deploy_generatingModel, request.get().board().name()));
		Job job = new BoardProgramJob(request.get(), program -> generated(request.get(), program), this::statusLater);
		job.schedule();
		return job;
	}

	/**
	 * Compile and flash: Generate model code, then the sketch compiled and flashed onto a microcontroller.
	 *
	 * @return the job that generates (the flash follows it), or null when nothing was started
	 */
	Job compileAndFlash() {
		Optional<ProgramRequest> request = request();
		if (request.isEmpty()) {
			return null;
		}
		Board board = request.get().board();
		String port = view.portFor(board);
		if (port == null) {
			setStatus(Messages.Deploy_noPort);
			return null;
		}
		setStatus(NLS.bind(Messages.Deploy_generatingModel, board.name()));
		Job job = new BoardProgramJob(request.get(), program -> {
			generated(request.get(), program);
			BoardUploadJob.forProject(board, request.get().projectFolder(), program.main().getParent(), port,
					this::statusLater).schedule();
		}, this::statusLater);
		job.schedule();
		return job;
	}

	/**
	 * Upload and run.
	 *
	 * @return the job, or null when nothing was started (the status says why)
	 */
	Job uploadAndRun() {
		Optional<ProgramRequest> request = request();
		if (request.isEmpty() || running != null) {
			return null;
		}
		Board board = request.get().board();
		if (!(board.uploadMethod() instanceof UploadMethod.Sftp factory)) {
			setStatus(NLS.bind(Messages.Run_notLinux, board.name()));
			return null;
		}
		BoardConsole output = BoardConsole.show(NLS.bind(Messages.Run_console, board.name()));
		BoardRunJob job = new BoardRunJob(request.get(), login != null ? login : factory,
				program -> generated(request.get(), program), this::statusLater, output::println,
				new BoardKeyQuestions(section.getDisplay(), KnownBoardKeys.ofUser()));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				view.onUiThreadLater(() -> {
					if (running == job) {
						running = null;
						setRunning(false);
					}
				});
			}
		});
		running = job;
		setRunning(true);
		setStatus(NLS.bind(Messages.Deploy_generatingModel, board.name()));
		job.schedule();
		return job;
	}

	/** Stop: ends the program Upload and run started. */
	void stop() {
		if (running != null) {
			running.cancel();
		}
	}

	private void setRunning(boolean on) {
		ModelBenchState.update(ModelBenchState.BOARD_PROGRAM_RUNS, on);
		if (!run.isDisposed()) {
			run.setEnabled(!on);
			stop.setEnabled(on);
		}
	}

	private Optional<ProgramRequest> request() {
		ModelEditor editor = view.editor();
		if (editor == null) {
			setStatus(Messages.Deploy_noProject);
			return Optional.empty();
		}
		return Optional.of(ProgramRequest.of(editor.modelFile().getProject(), editor.projectFolder(), view.chosenBoard()));
	}

	/** On the job's thread: the workspace sees the files, the status says what was written, the program opens. */
	private void generated(ProgramRequest request, BoardProgram program) {
		request.refresh();
		String written = NLS.bind(Messages.Deploy_generated, request.projectFolder().relativize(program.main()));
		String text = program.fit().map(fit -> written + ' ' + fit.summary()).orElse(written);
		view.onUiThreadLater(() -> {
			setStatus(text);
			try {
				GeneratedCodeEditor.open(view.getSite().getPage(), request.project(), request.projectFolder(), program.main());
			} catch (PartInitException e) {
				setStatus(text + ' ' + NLS.bind(Messages.Deploy_cannotOpen, e.getMessage()));
			}
		});
	}

	private void setStatus(String text) {
		view.show(status, text);
	}

	/** From any thread. */
	private void statusLater(String text) {
		view.onUiThreadLater(() -> setStatus(text));
	}

	void dispose() {
		stop();
		if (running != null) {
			// Its end is not reported to a closed view: Stop and Upload and run follow the state now.
			ModelBenchState.update(ModelBenchState.BOARD_PROGRAM_RUNS, false);
		}
	}
}
