package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.project.TrainedModelStore;
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
	void aTrainingThatDivergesKeepsTheModelAndSaysToLowerTheLearningRate() throws Exception {
		Path model = TrainedModelStore.modelFile(editor.projectFolder());
		Workbench.onUiThread(() -> view.setEpochs(3));
		assertNotNull(Workbench.onUiThread(view::train));
		Workbench.waitUntil("the first training ended", 120, () -> !view.isTraining());
		byte[] trained = Files.readAllBytes(model);
		Workbench.onUiThread(() -> setSettings(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER, "sgd",
				ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, 1e20));
		try {
			assertNotNull(Workbench.onUiThread(view::train));
			Workbench.waitUntil("the diverged training ended", 120, () -> !view.isTraining());

			String status = Workbench.onUiThread(view::statusText);
			assertTrue(status.contains("diverged") && status.contains("lower it"), status);
			assertEquals(null, Workbench.onUiThread(view::lastReport));
			assertArrayEquals(trained, Files.readAllBytes(model), "the model trained before is kept");
		} finally {
			Workbench.onUiThread(() -> setSettings(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER, "auto",
					ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, 0.001));
		}
	}

	@Test
	void switchingToAnotherProjectsEditorShowsThatProjectNotTheLastResult() throws Exception {
		Workbench.onUiThread(() -> view.setEpochs(3));
		assertNotNull(Workbench.onUiThread(view::train));
		Workbench.waitUntil("the training ended", 120, () -> !view.isTraining());
		assertNotNull(Workbench.onUiThread(view::lastReport), Workbench.onUiThread(view::statusText));

		ModelEditor other = Workbench.openEditor(Workbench.newProject("untrained", TaskKind.IMAGE_CLASSIFICATION));
		try {
			Workbench.onUiThread(() -> other.addCategory("Cat"));
			assertNull(Workbench.onUiThread(view::lastReport), "no result of the digits for the untrained project");
			assertEquals(0, (int) Workbench.onUiThread(() -> view.lossChart().points(0)), "no digits epochs drawn");
			assertEquals(0, (int) Workbench.onUiThread(view::mistakesShown));
			assertEquals("", Workbench.onUiThread(view::statusText));
			Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
					"training-other-project.png");

			Workbench.onUiThread(() -> Workbench.page().activate(editor));
			assertNotNull(Workbench.onUiThread(view::lastReport), "the digits' result is back with its editor");
			assertEquals(3, (int) Workbench.onUiThread(() -> view.lossChart().points(0)));
		} finally {
			Workbench.onUiThread(() -> Workbench.page().closeEditor(other, false));
		}
	}

	@Test
	void aTrainingGoesOnWhileAnotherProjectIsShownAndIsRecordedInItsOwnProject() throws Exception {
		int runsBefore = Workbench.onUiThread(() -> editor.model().getRuns().size());
		Workbench.onUiThread(() -> view.selectModelKind("cnn"));
		Workbench.onUiThread(() -> view.setEpochs(TrainingOptions.MAX_EPOCHS));
		ModelEditor other = null;
		try {
			assertNotNull(Workbench.onUiThread(view::train));
			Workbench.waitUntil("an epoch finished", 300, () -> view.lossChart().points(0) >= 1);

			other = Workbench.openEditor(Workbench.newProject("meanwhile", TaskKind.IMAGE_CLASSIFICATION));
			int shownPoints = Workbench.onUiThread(() -> view.lossChart().points(0));
			Workbench.sleep(500);
			assertTrue(Workbench.onUiThread(view::isTraining), "still training the digits");
			assertEquals(0, shownPoints, "the digits' epochs are not drawn for the other project");
			assertEquals(0, (int) Workbench.onUiThread(() -> view.lossChart().points(0)));
			assertEquals("", Workbench.onUiThread(view::statusText));

			Workbench.onUiThread(view::cancel);
			Workbench.waitUntil("training stopped", 60, () -> !view.isTraining());
			assertNull(Workbench.onUiThread(view::lastReport), "the other project still shows no result");
		} finally {
			Workbench.onUiThread(() -> view.selectModelKind("transfer"));
			if (other != null) {
				ModelEditor opened = other;
				Workbench.onUiThread(() -> Workbench.page().closeEditor(opened, false));
			}
		}
		Workbench.onUiThread(() -> Workbench.page().activate(editor));
		assertEquals(runsBefore + 1, (int) Workbench.onUiThread(() -> editor.model().getRuns().size()),
				"the run is recorded in the digits' model");
		TrainingReport report = Workbench.onUiThread(view::lastReport);
		assertNotNull(report, "the digits show their cancelled run");
		assertTrue(report.cancelled());
		assertEquals(report.epochs().size(), (int) Workbench.onUiThread(() -> view.lossChart().points(0)));
	}

	private static void setSettings(EStructuralFeature first, Object firstValue, EStructuralFeature second,
			Object secondValue) {
		CompoundCommand change = new CompoundCommand();
		EditingDomain domain = editor.document().getEditingDomain();
		change.append(SetCommand.create(domain, editor.model().getSettings(), first, firstValue));
		change.append(SetCommand.create(domain, editor.model().getSettings(), second, secondValue));
		editor.execute(change);
	}

	@Test
	void cancellingKeepsTheBestEpochThatFinished() throws Exception {
		// The CNN: a thousand epochs of the transfer model's head can end before Cancel is pressed.
		Workbench.onUiThread(() -> view.selectModelKind("cnn"));
		Workbench.onUiThread(() -> view.setEpochs(TrainingOptions.MAX_EPOCHS));
		try {
			assertNotNull(Workbench.onUiThread(view::train));
			Workbench.waitUntil("an epoch finished", 300, () -> view.lossChart().points(0) >= 1);

			Workbench.onUiThread(view::cancel);
			Workbench.waitUntil("training stopped", 60, () -> !view.isTraining());
		} finally {
			Workbench.onUiThread(() -> view.selectModelKind("transfer"));
		}

		TrainingReport report = Workbench.onUiThread(view::lastReport);
		assertNotNull(report, Workbench.onUiThread(view::statusText));
		assertTrue(report.cancelled());
		assertTrue(report.epochs().size() < TrainingOptions.MAX_EPOCHS);
		assertTrue(Workbench.onUiThread(view::statusText).contains("cancelled"));
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"training-cancelled.png");
	}
}
