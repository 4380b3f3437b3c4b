package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.training.TrainingJob;
import dev.modelbench.ui.training.TrainingView;

/** The Training view on the shipped handwritten digits: Cancel keeps the best epoch, and the UI never freezes. */
class TrainingViewTest {

	private static ModelEditor editor;
	private static TrainingView view;

	@BeforeAll
	static void openDigits() throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		IProject project;
		try {
			project = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(ResourcesPlugin.getWorkspace(),
					"digits", SampleDataset.QUICK_START.taskKind(), null, zip, ImportOptions.defaults(),
					new NullProgressMonitor()).project();
		} finally {
			Files.deleteIfExists(zip);
		}
		editor = Workbench.onUiThread(() -> (ModelEditor) IDE.openEditor(Workbench.page(),
				project.getFile(ProjectLayout.MODEL_FILE_NAME), ModelEditor.ID));
		view = Workbench.onUiThread(() -> (TrainingView) Workbench.page().showView(TrainingView.ID));
	}

	@AfterAll
	static void cleanUp() throws Exception {
		Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
		WorkspaceProjects.deleteAll();
	}

	@Test
	void theUiStaysResponsiveWhileTrainingRuns() {
		Workbench.onUiThread(() -> view.setEpochs(30));
		assertNotNull(Workbench.onUiThread(view::train));

		// While the training job runs; showing its result afterwards is a one-off, not a freeze.
		long slowest = Workbench.slowestRoundTripMillis(
				() -> Job.getJobManager().find(TrainingJob.FAMILY).length > 0, 300, true);
		Workbench.waitUntil("the result is shown", 60, () -> !view.isTraining());

		assertTrue(slowest < 200, "the UI thread answered within " + slowest + " ms");
		TrainingReport report = Workbench.onUiThread(view::lastReport);
		assertNotNull(report, Workbench.onUiThread(view::statusText));
		assertEquals(30, report.epochs().size());
	}

	@Test
	void cancellingKeepsTheBestEpochThatFinished() throws Exception {
		Workbench.onUiThread(() -> view.setEpochs(10_000));
		assertNotNull(Workbench.onUiThread(view::train));
		Workbench.waitUntil("an epoch finished", 300, () -> view.lossChart().points(0) >= 1);

		Workbench.onUiThread(view::cancel);
		Workbench.waitUntil("training stopped", 60, () -> !view.isTraining());

		TrainingReport report = Workbench.onUiThread(view::lastReport);
		assertNotNull(report, Workbench.onUiThread(view::statusText));
		assertTrue(report.cancelled());
		assertTrue(report.epochs().size() < 10_000);
		assertTrue(Workbench.onUiThread(view::statusText).contains("cancelled"));
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"training-cancelled.png");
	}
}
