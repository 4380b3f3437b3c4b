package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.training.TrainingJob;

/** The Training view on the shipped handwritten digits: Cancel keeps the best epoch, and the UI never freezes. */
class TrainingViewTest {

	private static final String NO_RESULT = "Train the model to see how well it recognises each category.";

	private static ModelEditor editor;
	private static TrainingViewTester training;

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
		editor = Workbench.openEditor(project);
		training = TrainingViewTester.show();
	}

	@AfterAll
	static void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theUiStaysResponsiveWhileTrainingRuns() {
		training.setEpochs(30);
		TrainingJob job = training.pressTrain();
		assertNotNull(job, training.status());

		// While the training job runs; showing its result afterwards is a one-off, not a freeze.
		long slowest = Workbench.slowestRoundTripMillis(
				() -> Job.getJobManager().find(TrainingJob.FAMILY).length > 0, 300, true);
		training.waitUntilTrained(60);

		assertTrue(slowest < 200, "the UI thread answered within " + slowest + " ms");
		TrainingReport report = job.report();
		assertNotNull(report, training.status());
		assertEquals(30, report.epochs().size());
		assertTrue(training.summary().startsWith("Best epoch"), training.summary());
	}

	@Test
	void aTrainingThatDivergesKeepsTheModelAndSaysToLowerTheLearningRate() throws Exception {
		Path model = TrainedModelStore.modelFile(editor.projectFolder());
		training.setEpochs(3);
		assertNotNull(training.pressTrain());
		training.waitUntilTrained(120);
		byte[] trained = Files.readAllBytes(model);
		Workbench.onUiThread(() -> setSettings(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER, "sgd",
				ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, 1e20));
		try {
			TrainingJob diverged = training.pressTrain();
			assertNotNull(diverged);
			training.waitUntilTrained(120);

			String status = training.status();
			assertTrue(status.contains("diverged") && status.contains("lower it"), status);
			assertNull(diverged.report());
			assertEquals(NO_RESULT, training.summary(), "no result shown for the diverged run");
			assertArrayEquals(trained, Files.readAllBytes(model), "the model trained before is kept");
		} finally {
			Workbench.onUiThread(() -> setSettings(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER, "auto",
					ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, 0.001));
		}
	}

	@Test
	void switchingToAnotherProjectsEditorShowsThatProjectNotTheLastResult() throws Exception {
		training.setEpochs(3);
		assertNotNull(training.pressTrain());
		training.waitUntilTrained(120);
		assertEquals(3, training.confusionRows(), training.status());

		ModelEditorTester other = ModelEditorTester.open(Workbench.newProject("untrained", TaskKind.IMAGE_CLASSIFICATION));
		try {
			other.addCategory("Cat");
			assertEquals("Train: untrained", training.heading());
			assertEquals(NO_RESULT, training.summary(), "no result of the digits for the untrained project");
			assertEquals(0, training.confusionRows());
			assertEquals(0, training.mistakesShown());
			assertEquals(0, training.lossPoints(), "no digits epochs drawn");
			assertEquals("", training.status());
			Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
					"training-other-project.png");

			Workbench.onUiThread(() -> Workbench.page().activate(editor));
			assertEquals("Train: digits", training.heading());
			assertEquals(3, training.confusionRows(), "the digits' result is back with its editor");
			assertEquals(3, training.lossPoints());
		} finally {
			Workbench.onUiThread(() -> Workbench.page().closeEditor(other.editor(), false));
		}
	}

	@Test
	void aTrainingGoesOnWhileAnotherProjectIsShownAndIsRecordedInItsOwnProject() throws Exception {
		int runsBefore = Workbench.onUiThread(() -> editor.model().getRuns().size());
		training.chooseModel("cnn");
		training.setEpochs(TrainingOptions.MAX_EPOCHS);
		ModelEditor other = null;
		TrainingJob job;
		try {
			job = training.pressTrain();
			assertNotNull(job, training.status());
			Workbench.waitUntil("an epoch finished", 300, () -> training.lossChart().points(0) >= 1);

			other = Workbench.openEditor(Workbench.newProject("meanwhile", TaskKind.IMAGE_CLASSIFICATION));
			Workbench.sleep(500);
			assertTrue(training.isTraining(), "still training the digits");
			assertEquals("Train: meanwhile", training.heading());
			assertEquals(0, training.lossPoints(), "the digits' epochs are not drawn for the other project");
			assertEquals("", training.status());
			assertFalse(training.canTrain(), "one training at a time");

			training.pressCancel();
			training.waitUntilTrained(60);
			assertEquals(NO_RESULT, training.summary(), "the other project still shows no result");
		} finally {
			training.chooseModel("transfer");
			if (other != null) {
				ModelEditor opened = other;
				Workbench.onUiThread(() -> Workbench.page().closeEditor(opened, false));
			}
		}
		Workbench.onUiThread(() -> Workbench.page().activate(editor));
		assertEquals(runsBefore + 1, (int) Workbench.onUiThread(() -> editor.model().getRuns().size()),
				"the run is recorded in the digits' model");
		TrainingReport report = job.report();
		assertNotNull(report, "the best epoch is kept");
		assertTrue(report.cancelled());
		assertEquals(report.epochs().size(), training.lossPoints(), "the digits show their cancelled run");
		assertTrue(training.summary().startsWith("Best epoch"), training.summary());
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
		training.chooseModel("cnn");
		training.setEpochs(TrainingOptions.MAX_EPOCHS);
		TrainingJob job;
		try {
			job = training.pressTrain();
			assertNotNull(job, training.status());
			Workbench.waitUntil("an epoch finished", 300, () -> training.lossChart().points(0) >= 1);

			training.pressCancel();
			training.waitUntilTrained(60);
		} finally {
			training.chooseModel("transfer");
		}

		TrainingReport report = job.report();
		assertNotNull(report, training.status());
		assertTrue(report.cancelled());
		assertTrue(report.epochs().size() < TrainingOptions.MAX_EPOCHS);
		assertTrue(training.status().contains("cancelled"), training.status());
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"training-cancelled.png");
	}
}
