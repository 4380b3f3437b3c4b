package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.TrainingOutcome;
import dev.modelbench.train.project.ProjectSamples;
import dev.modelbench.train.project.ProjectTraining;
import dev.modelbench.train.transfer.TransferLearning;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.validation.ValidationView;

/**
 * The Validation view's Board source against the simulated board on a pty: a board running Model
 * Bench's camera sketch sends each result with the frame it classified, the trained PC model answers
 * on the same frame beside it, and the agreement count is the one the board's answers make; a board
 * that sends lines only shows its results alone.
 */
class BoardValidationTest {

	private static final Pattern AGREEMENT = Pattern.compile("(\\d+) of (\\d+)");

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theBoardsResultsShowBesideThePcModelsAnswerOnTheSameFrames() throws Exception {
		// Two classes the PC model tells apart at once: the camera's scene, and the scene in negative.
		Path dataset = temp.resolve("dataset");
		for (int i = 0; i < 10; i++) {
			write(dataset.resolve("scene").resolve("scene" + i + ".jpg"), CameraJpegs.jpeg(CameraJpegs.scene(i, 160), 0.9f));
			write(dataset.resolve("negative").resolve("negative" + i + ".jpg"),
					CameraJpegs.jpeg(negative(CameraJpegs.scene(i, 160)), 0.9f));
		}
		IProject project = Workbench.newProject("boardcheck", TaskKind.IMAGE_CLASSIFICATION);
		new ProjectDatasetImport(new DatasetImporter()).into(project, dataset, ImportOptions.defaults(), null);
		ModelEditor editor = Workbench.openEditor(project);
		List<String> classes = train(editor);
		int scene = classes.indexOf("scene");
		int negative = classes.indexOf("negative");

		// The board sends scene, negative, scene, negative; it answers scene, negative, scene, scene:
		// wrong on every fourth frame, where the PC model says negative.
		List<byte[]> frames = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			BufferedImage picture = CameraJpegs.scene(i, 160);
			frames.add(CameraJpegs.jpeg(i % 2 == 0 ? picture : negative(picture), 0.9f));
		}
		// Trained here rather than in the Training view, which the Validation view hears: a new view loads the model.
		Workbench.onUiThread(() -> Workbench.page().hideView(Workbench.page().findView(ValidationView.ID)));
		ValidationViewTester validation = ValidationViewTester.show();
		validation.waitForTheModel();
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.MODEL_SKETCH, pty.b(), frames, new short[0],
						classes, scene, negative, scene, scene).pace(100_000)) {
			validation.chooseBoard();
			validation.typePort(pty.a());
			validation.pressWatch();
			Workbench.waitUntil("twelve frames are compared", 60, () -> compared(validation.agreement())[1] >= 12);
			Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
					"board-results-beside-pc.png");
			validation.pressWatch();
			assertEquals("&Watch the board", validation.watchButtonText());
			Workbench.waitUntil("the board is stopped", () -> board.commands().contains("AT+BREAK"));
			assertEquals(List.of("AT+INVOKE=-1,0,0", "AT+BREAK"), board.commands(), "asked for frames, then stopped");
		}
		int[] counted = compared(validation.agreement());
		// Frames 0, 1, 2, ... in order: every frame n with n % 4 == 3 is the board's mistake.
		assertEquals(counted[1] - counted[1] / 4, counted[0], validation.agreement());
		assertTrue(validation.boardSays().matches("Board: (scene|negative)  90 %"), validation.boardSays());
		assertTrue(validation.pcSays().startsWith("PC on the same frame: "), validation.pcSays());
	}

	@Test
	void aBoardThatPrintsLinesOnlyShowsItsResultsAlone() throws Exception {
		IProject project = Workbench.newProject("linesonly", TaskKind.IMAGE_CLASSIFICATION);
		Workbench.openEditor(project);
		ValidationViewTester validation = ValidationViewTester.show();
		try (PtyPair pty = PtyPair.open(temp);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), List.of(), new short[0])) {
			validation.chooseBoard();
			validation.typePort(pty.a());
			validation.pressWatch();
			Workbench.waitUntil("the board's result shows", 30, () -> validation.boardSays().startsWith("Board: cat"));
			assertEquals("Board: cat  93 %", validation.boardSays());
			assertEquals("The board sends its results without the frame: nothing to compare them with.",
					validation.pcSays());
			assertEquals("", validation.agreement());
			validation.pressWatch();
		}
	}

	/** Trains the project briefly by transfer learning; the model's classes in its order. */
	private static List<String> train(ModelEditor editor) throws Exception {
		SampleSet samples = Workbench.onUiThread(() -> {
			editor.execute(ProjectSamples.assignSplits(editor.document().getEditingDomain(), editor.model()));
			return ProjectSamples.of(editor.model(), editor.projectFolder());
		});
		TrainingOptions options = new TrainingOptions(16, 5, "auto", 0.001, TrainingOptions.DEFAULT_WEIGHT_DECAY, 0, false,
				42);
		TrainingOutcome<TrainedModel> outcome = ProjectTraining.train(editor.projectFolder(), samples,
				ModelKinds.find(TransferLearning.ID).orElseThrow().create(), options, epoch -> {
				}, new NullProgressMonitor());
		List<String> classes = outcome.model().classNames();
		outcome.model().close();
		return classes;
	}

	/** {agreed, compared} of "Same answer on 17 of 20 frames (85 %)"; {0, 0} before any. */
	private static int[] compared(String agreement) {
		Matcher numbers = AGREEMENT.matcher(agreement);
		return numbers.find() ? new int[] { Integer.parseInt(numbers.group(1)), Integer.parseInt(numbers.group(2)) }
				: new int[] { 0, 0 };
	}

	private static BufferedImage negative(BufferedImage picture) {
		BufferedImage inverted = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < picture.getHeight(); y++) {
			for (int x = 0; x < picture.getWidth(); x++) {
				inverted.setRGB(x, y, ~picture.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return inverted;
	}

	private static void write(Path file, byte[] bytes) throws Exception {
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}
}
