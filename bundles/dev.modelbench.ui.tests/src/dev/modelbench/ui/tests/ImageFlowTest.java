package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.training.MetricChart;
import dev.modelbench.ui.training.TrainingJob;

/**
 * Seed 000's five steps in the IDE, as a pupil does them: New Model Project, two categories,
 * pictures from a (fake) webcam and from files, training with live charts, validation on a new
 * file and on the webcam, export to ONNX. Screenshots of each step go to target/screenshots/.
 */
class ImageFlowTest {

	@TempDir
	static Path temp;

	@AfterAll
	static void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void createCollectTrainValidateAndExportAnImageModel() throws Exception {
		// A window as large as the virtual screen, so the screenshots show the views whole.
		Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell().setBounds(
				Workbench.display().getClientArea().x, Workbench.display().getClientArea().y, 1280, 960));

		// 1. Create
		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		Workbench.screenshot(wizard.shell(), "1-create.png");
		wizard.finish();
		ModelEditor editor = Workbench.onUiThread(() -> (ModelEditor) Workbench.page().getActiveEditor());
		ModelEditorTester editing = ModelEditorTester.of(editor);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pets");
		assertTrue(project.exists());

		// 2. Categories: Add category twice, renamed in their cards
		Category cat = editing.addCategory("Cat");
		Category dog = editing.addCategory("Dog");
		assertEquals(List.of("Cat", "Dog"), Workbench.onUiThread(
				() -> editor.model().getCategories().stream().map(Category::getDisplayName).toList()));

		// ... samples from the webcam, held down for a second and a half
		try (FakeCamera camera = FakeCamera.plugIn()) {
			WebcamDialogTester webcam = new WebcamDialogTester(Workbench.onUiThread(() -> editor.openWebcam(cat, false)));
			webcam.waitForThePreview("the fake camera is chosen and previewing");
			assertEquals(FakeCamera.NAME, webcam.chosenCamera());
			webcam.setFramesPerSecond(25);
			assertTrue(webcam.fpsWarning().contains("almost the same"));
			webcam.setFramesPerSecond(10);
			assertEquals("", webcam.fpsWarning());

			webcam.holdRecord();
			Workbench.sleep(1500);
			Workbench.screenshot(webcam.shell(), "2-webcam-hold-to-record.png");
			webcam.releaseRecord();

			int recorded = webcam.recordedPictures();
			assertTrue(recorded >= 10 && recorded <= 20, recorded + " frames at 10 a second in 1.5 s");
			webcam.close();
			Workbench.waitUntil("the camera is released", 10, () -> camera.openDevices() == 0);
			List<Sample> frames = Workbench.onUiThread(() -> List.copyOf(cat.getSamples()));
			assertEquals(recorded, frames.size());
			for (Sample frame : frames) {
				assertEquals(SampleSource.WEBCAM, frame.getSource());
				assertTrue(frame.getPath().startsWith("data/" + cat.getName() + "/webcam_"), frame.getPath());
				assertTrue(Files.isRegularFile(editor.projectFolder().resolve(frame.getPath())));
			}
		}

		// ... and from files (what Upload files and a drop on the card both do)
		List<Path> pictures = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			pictures.add(SampleFiles.png(temp.resolve("dog-pictures/dog" + i + ".png"), 100 + i));
		}
		Job upload = Workbench.onUiThread(() -> editor.upload(dog, pictures));
		upload.join(30_000, null);
		Workbench.waitUntil("the dog pictures are samples", 30, () -> dog.getSamples().size() == 14);
		assertEquals(SampleSource.FILE, Workbench.onUiThread(() -> dog.getSamples().getFirst().getSource()));
		assertTrue(editing.tips().contains("Fewer than 20 samples in Cat, Dog"), editing.tips());
		Workbench.waitUntil("the thumbnails are loaded", 30, () -> editor.loadedThumbnails() >= 24);
		Workbench.screenshot(shell(), "2-categories-and-samples.png");

		// 3. Train, watching the charts grow epoch by epoch
		TrainingViewTester training = TrainingViewTester.show();
		// Enough epochs that the test sees the charts between epochs: each takes a millisecond here.
		training.setEpochs(300);
		assertEquals(300, Workbench.onUiThread(() -> editor.model().getSettings().getEpochs()));
		// What the chart holds each time a point arrives, and whether training was still running then.
		List<Integer> growth = new ArrayList<>();
		List<Boolean> whileTraining = new ArrayList<>();
		Workbench.onUiThread(() -> {
			MetricChart loss = training.lossChart();
			loss.addListener(() -> {
				growth.add(loss.points(0));
				whileTraining.add(training.isTraining());
			});
		});
		TrainingJob job = training.pressTrain();
		assertNotNull(job, training.status());
		training.waitUntilTrained(300);
		TrainingReport report = job.report();
		assertNotNull(report, training.status());
		assertEquals(300, report.epochs().size());
		assertEquals(300, training.lossPoints());
		assertEquals(300, (int) Workbench.onUiThread(() -> training.accuracyChart().points(0)));
		List<Integer> lossPoints = Workbench.onUiThread(() -> growth.stream().distinct().toList());
		assertEquals(java.util.stream.IntStream.rangeClosed(1, 300).boxed().toList(), lossPoints,
				"the loss chart grew one epoch at a time");
		assertTrue(Workbench.onUiThread(() -> !whileTraining.contains(false)), "every epoch was drawn while training ran");
		assertTrue(Workbench.onUiThread(() -> cat.getSamples().stream().allMatch(s -> s.getSplit() != Split.UNASSIGNED)));
		assertEquals(1, (int) Workbench.onUiThread(() -> editor.model().getRuns().size()));
		int cats = report.confusionMatrix().support(0);
		assertEquals(Integer.toString(report.confusionMatrix().count(0, 0)),
				training.confusionCell(0, 0));
		assertTrue(cats > 0);
		Path chart = temp.resolve("loss.png");
		Workbench.onUiThread(() -> training.lossChart().exportPng(chart));
		assertTrue(javax.imageio.ImageIO.read(chart.toFile()).getWidth() >= 480);
		Workbench.screenshot(shell(), "3-training.png");
		assertTrue(Workbench.onUiThread(editor::isDirty));
		Workbench.onUiThread(() -> editor.doSave(null));
		assertFalse(Workbench.onUiThread(editor::isDirty));

		// 4. Validate on a file that was not part of training, and live on the webcam
		ValidationViewTester validation = ValidationViewTester.show();
		validation.waitForTheModel();
		Path newDog = SampleFiles.png(temp.resolve("new/dog.png"), 999);
		Job predict = validation.validateFile(newDog);
		predict.join(30_000, null);
		Workbench.waitUntil("the answer is shown", 30, () -> !validation.result().isEmpty());
		assertTrue(validation.result().startsWith("Dog"), validation.result());
		Workbench.screenshot(shell(), "4-validation-file.png");

		try (FakeCamera camera = FakeCamera.plugIn(); ValidationViewTester.Answers answers = ValidationViewTester.countAnswers()) {
			validation.chooseWebcam();
			Workbench.waitUntil("live predictions come", 60, () -> answers.count() > 5);
			Workbench.waitUntil("the webcam picture is classified", 30, () -> validation.result().startsWith("Cat"));
			Workbench.screenshot(shell(), "4-validation-webcam.png");
			validation.chooseFile();
			Workbench.waitUntil("the camera is released", 10, () -> camera.openDevices() == 0);
		}

		// 5. Export as ONNX
		Path exportFolder = temp.resolve("exported");
		assertTrue(validation.exportTo(exportFolder));
		Workbench.waitUntil("the export is reported", 60, () -> validation.exportStatus().startsWith("Exported"));
		Path onnx;
		try (var written = Files.list(exportFolder)) {
			onnx = written.filter(file -> file.toString().endsWith(".onnx")).findFirst().orElseThrow();
		}
		assertTrue(Files.size(onnx) > 1000);
		Workbench.screenshot(shell(), "5-export.png");
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell());
	}
}
