package dev.modelbench.ui.handlers;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.services.ISourceProviderService;

import dev.modelbench.ui.training.TrainingJob;

/**
 * The state commands are enabled by that no selection shows: whether a training runs, whether a
 * serial port is chosen for the board, whether the Result Push is connected and the built-in broker
 * runs, whether a program started from the Deploy view runs on a board, whether the Serial Monitor is
 * connected. The parts that know say it here; plugin.xml's expressions read it as variables.
 */
public final class ModelBenchState extends AbstractSourceProvider {

	public static final String TRAINING_RUNS = "dev.modelbench.ui.trainingRuns"; //$NON-NLS-1$
	public static final String PORT_CHOSEN = "dev.modelbench.ui.portChosen"; //$NON-NLS-1$
	public static final String PUSH_CONNECTED = "dev.modelbench.ui.pushConnected"; //$NON-NLS-1$
	public static final String BROKER_RUNNING = "dev.modelbench.ui.brokerRunning"; //$NON-NLS-1$
	public static final String BOARD_PROGRAM_RUNS = "dev.modelbench.ui.boardProgramRuns"; //$NON-NLS-1$
	public static final String SERIAL_MONITOR_OPEN = "dev.modelbench.ui.serialMonitorOpen"; //$NON-NLS-1$

	private final Map<String, Boolean> state = new HashMap<>(Map.of(TRAINING_RUNS, false, PORT_CHOSEN, false,
			PUSH_CONNECTED, false, BROKER_RUNNING, false, BOARD_PROGRAM_RUNS, false, SERIAL_MONITOR_OPEN, false));

	/** Follows training jobs, which run with or without the Training view. */
	private final IJobChangeListener trainings = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob() instanceof TrainingJob) {
				later(() -> set(TRAINING_RUNS, true));
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof TrainingJob) {
				later(() -> {
					set(TRAINING_RUNS, Job.getJobManager().find(TrainingJob.FAMILY).length > 0);
					// A model may have been stored: Validate and Export may be enabled now.
					PlatformUI.getWorkbench().getService(IEvaluationService.class)
							.requestEvaluation(ModelProjectTester.TRAINED);
				});
			}
		}
	};

	public ModelBenchState() {
		Job.getJobManager().addJobChangeListener(trainings);
	}

	/** The workbench's instance; null while the workbench starts or closes. */
	public static ModelBenchState get() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		ISourceProviderService sources = PlatformUI.getWorkbench().getService(ISourceProviderService.class);
		return sources == null ? null : (ModelBenchState) sources.getSourceProvider(TRAINING_RUNS);
	}

	/** Sets one of the variables, on the UI thread, if the workbench runs. */
	public static void update(String variable, boolean value) {
		ModelBenchState state = get();
		if (state != null) {
			state.set(variable, value);
		}
	}

	/** Sets one of the variables on the UI thread; commands enabled by it are evaluated again. */
	public void set(String variable, boolean value) {
		Boolean before = state.put(variable, value);
		if (before == null || before != value) {
			fireSourceChanged(ISources.WORKBENCH, variable, value);
		}
	}

	/** The value of one of the variables. */
	public boolean is(String variable) {
		return Boolean.TRUE.equals(state.get(variable));
	}

	@Override
	public Map<String, Boolean> getCurrentState() {
		return new HashMap<>(state);
	}

	@Override
	public String[] getProvidedSourceNames() {
		return new String[] { TRAINING_RUNS, PORT_CHOSEN, PUSH_CONNECTED, BROKER_RUNNING, BOARD_PROGRAM_RUNS,
				SERIAL_MONITOR_OPEN };
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(trainings);
	}

	private static void later(Runnable work) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (Display.getCurrent() == display) {
			work.run(); // scheduled by the Train button: Cancel is enabled at once
		} else if (!display.isDisposed()) {
			display.asyncExec(work);
		}
	}
}
