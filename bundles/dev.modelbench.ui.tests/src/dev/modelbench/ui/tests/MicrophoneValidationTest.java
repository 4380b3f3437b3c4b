package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.WavFiles;
import dev.modelbench.ui.editors.ModelEditor;

/**
 * Step 4 for sound (seed 001): a trained sound model classifies the microphone live in the
 * Validation view, with a label that follows what the microphone hears.
 */
class MicrophoneValidationTest {

	private static final int RATE = 16_000;

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theLiveLabelNamesTheToneTheMicrophoneHears() throws Exception {
		IProject project = Workbench.newProject("tones", TaskKind.SOUND_CLASSIFICATION);
		new ProjectDatasetImport(new DatasetImporter()).into(project, toneDataset(temp.resolve("tones")),
				ImportOptions.defaults(), null);
		ModelEditor editor = Workbench.openEditor(project);

		TrainingViewTester training = TrainingViewTester.show();
		training.setEpochs(8);
		assertNotNull(training.pressTrain(), training.status());
		training.waitUntilTrained(300);
		assertTrue(training.showsResult(), training.status());

		ValidationViewTester validation = ValidationViewTester.show();
		validation.waitForTheModel();
		// Three seconds of the high tone, as if whistled into the microphone.
		try (FakeMicrophone microphone = FakeMicrophone.hearing(tone(1800, 0.3, 3, new Random(5)));
				ValidationViewTester.Answers answers = ValidationViewTester.countAnswers()) {
			validation.chooseMicrophone();
			Workbench.waitUntil("the fake microphone is chosen", validation::listenEnabled);
			validation.pressListen();
			assertEquals("&Stop listening", validation.listenButtonText());
			// The sound ends: the view stops listening by itself and offers to listen again.
			Workbench.waitUntil("the sound has been heard and Listen is offered again", 60,
					() -> answers.count() > 0 && validation.listenButtonText().equals("&Listen"));
			Workbench.waitUntil("the last label is shown", () -> validation.result().startsWith("high"));

			assertTrue(answers.count() >= 20, "a label ten times a second: " + answers.count());
			Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
					"4-validation-microphone.png");
		}
		Workbench.onUiThread(() -> editor.getSite().getPage().closeEditor(editor, false));
	}

	/** Class folders of one-second WAVs: a low tone, a high tone, and the room's noise. */
	private static Path toneDataset(Path root) {
		Random random = new Random(3);
		for (int i = 0; i < 20; i++) {
			write(root.resolve("low").resolve("low" + i + ".wav"), tone(300 + random.nextInt(200), 0.3, 1, random));
			write(root.resolve("high").resolve("high" + i + ".wav"), tone(1600 + random.nextInt(400), 0.3, 1, random));
			write(root.resolve("_background_noise_").resolve("room" + i + ".wav"), tone(0, 0, 1, random));
		}
		return root;
	}

	/** A tone over quiet noise, with a random start so the windows differ. */
	private static float[] tone(double hertz, double amplitude, double seconds, Random random) {
		float[] samples = new float[(int) (seconds * RATE)];
		double phase = random.nextDouble() * 2 * Math.PI;
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (float) (amplitude * Math.sin(phase + 2 * Math.PI * hertz * i / RATE)
					+ 0.002 * random.nextGaussian());
		}
		return samples;
	}

	private static void write(Path file, float[] samples) {
		try {
			java.nio.file.Files.createDirectories(file.getParent());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		WavFiles.write(file, new float[][] { samples }, RATE, WavFiles.PCM, 16);
	}
}
