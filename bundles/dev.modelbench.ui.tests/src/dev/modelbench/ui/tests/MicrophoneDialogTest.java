package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.ui.editors.ModelEditor;

/** Seed 001's microphone flow in the Model editor: record 20 seconds, extract, samples in the category. */
class MicrophoneDialogTest {

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void eachSoundOfTheRecordingBecomesAOneSecondSampleOfTheCategory() throws Exception {
		IProject project = Workbench.newProject("claps", TaskKind.SOUND_CLASSIFICATION);
		ModelEditor editor = Workbench.openEditor(project);
		Category clap = ModelEditorTester.of(editor).addCategory("Clap");
		try (FakeMicrophone microphone = FakeMicrophone.hearing(FakeMicrophone.tonesInNoise(20, 4))) {
			MicrophoneDialogTester dialog = recordWith(editor, clap);
			assertTrue(dialog.status().startsWith("Recorded 20 seconds"), dialog.status());

			dialog.pressExtract();
			Workbench.waitUntil("the samples are extracted", () -> dialog.extractedSamples() > 0);

			// Tones at 1, 5, 9, 13 and 17 s: one sample each, the quiet room between them left out.
			assertEquals(5, dialog.extractedSamples());
			assertEquals(5, (int) Workbench.onUiThread(() -> clap.getSamples().size()));
			for (Sample sample : Workbench.onUiThread(() -> clap.getSamples())) {
				assertEquals(SampleSource.MICROPHONE, sample.getSource());
				assertTrue(Files.isRegularFile(ProjectLayout.sampleFile(project.getLocation().toPath(), sample.getPath())),
						sample.getPath());
			}
			assertTrue(Workbench.onUiThread(editor::isDirty));
			assertTrue(dialog.status().startsWith("Extracted 5 one-second samples"), dialog.status());
			assertFalse(dialog.extractEnabled(), "extracted once only");
			Workbench.screenshot(dialog.shell(), "2-microphone-extract.png");
			dialog.close();
		}
	}

	@Test
	void theBackgroundNoiseKeepsEverySecondEvenTheQuietOnes() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("room", TaskKind.SOUND_CLASSIFICATION));
		Category background = Workbench
				.onUiThread(() -> BackgroundNoise.of(editor.model()).orElseThrow());
		try (FakeMicrophone microphone = FakeMicrophone.hearing(FakeMicrophone.tonesInNoise(20, 100))) {
			MicrophoneDialogTester dialog = recordWith(editor, background);
			dialog.pressExtract();
			Workbench.waitUntil("the samples are extracted", () -> dialog.extractedSamples() > 0);

			assertTrue(dialog.extractedSamples() >= BackgroundNoise.MIN_SAMPLES - 1,
					"20 seconds give about 20 background samples: " + dialog.extractedSamples());
			assertEquals(dialog.extractedSamples(), (int) Workbench.onUiThread(() -> background.getSamples().size()));
			dialog.close();
		}
	}

	@Test
	void aSilentMicrophoneIsReportedAndNothingCanBeExtracted() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("muted", TaskKind.SOUND_CLASSIFICATION));
		Category voice = ModelEditorTester.of(editor).addCategory("Voice");
		try (FakeMicrophone microphone = FakeMicrophone.hearing(new float[20 * 16_000])) {
			MicrophoneDialogTester dialog = recordWith(editor, voice);

			String status = dialog.status();
			assertTrue(status.startsWith("Nothing was heard"), status);
			assertFalse(dialog.extractEnabled());
			assertEquals(0, (int) Workbench.onUiThread(() -> voice.getSamples().size()));
			dialog.close();
		}
	}

	/** Opens the dialog on the fake microphone and records 20 seconds with it. */
	private static MicrophoneDialogTester recordWith(ModelEditor editor, Category category) {
		MicrophoneDialogTester dialog = new MicrophoneDialogTester(
				Workbench.onUiThread(() -> editor.openMicrophone(category, false)));
		Workbench.waitUntil("the fake microphone is chosen", dialog::recordEnabled);
		assertEquals(FakeMicrophone.NAME, dialog.chosenMicrophone());
		dialog.pressRecord();
		Workbench.waitUntil("the recording ends", () -> !dialog.recording());
		return dialog;
	}
}
