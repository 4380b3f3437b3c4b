package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedUno;
import dev.modelbench.train.Prediction;
import dev.modelbench.ui.deploy.DeployView;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.perspectives.DeployPerspective;
import dev.modelbench.ui.validation.LivePredictions;

/**
 * The Deploy perspective on the shipped digits: the Deploy view lists the boards and writes the
 * reactor sketch for a class-to-action table, and sends validation results to a board; the Serial
 * Monitor view talks to a "board" at the far end of a socat pty pair and steps aside for a flash.
 */
class DeployPerspectiveTest {

	@TempDir
	static Path temp;

	private static IProject project;
	private static DeployViewTester deploy;
	private static SerialMonitorTester monitor;

	@BeforeAll
	static void openDigitsInTheDeployPerspective() throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		try {
			project = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(ResourcesPlugin.getWorkspace(),
					"deploydigits", SampleDataset.QUICK_START.taskKind(), null, zip, ImportOptions.defaults(),
					new NullProgressMonitor()).project();
		} finally {
			Files.deleteIfExists(zip);
		}
		Workbench.onUiThread(() -> {
			Workbench.page().getWorkbenchWindow().getShell().setBounds(Workbench.display().getClientArea().x,
					Workbench.display().getClientArea().y, 1280, 960);
			IWorkbenchPage page = Workbench.page();
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(DeployPerspective.ID));
			IDE.openEditor(page, project.getFile(ProjectLayout.MODEL_FILE_NAME));
			return null;
		});
		deploy = DeployViewTester.show();
		monitor = SerialMonitorTester.show();
		Workbench.waitUntil("the classes are in the action table", 30, () -> deploy.actionClasses().size() == 3);
	}

	@AfterEach
	void disconnectTheMonitor() {
		monitor.disconnectIfConnected();
	}

	@AfterAll
	static void cleanUp() throws Exception {
		monitor.disconnectIfConnected();
		deploy.sendResultsToTheBoard(false);
		Workbench.leaveDeployPerspective();
		WorkspaceProjects.deleteAll();
	}

	@Test
	void theDeployViewListsTheBoardsAndWritesTheSketchForTheActionTable() throws Exception {
		List<String> boards = deploy.boards();
		assertTrue(boards.containsAll(List.of("Arduino Uno", "Arduino Nano", "XIAO ESP32S3 Sense", "Raspberry Pi Pico (RP2040)", "UNIHIKER")), boards.toString());
		assertEquals(List.of("one", "seven", "zero"), deploy.actionClasses());

		deploy.chooseBoard("Arduino Uno");
		deploy.setAction("one", "Pin high", 13, "");
		deploy.setAction("seven", "Servo angle", 9, "90");
		deploy.setAction("zero", "Tone", 8, "440");
		deploy.pressGenerateSketch();
		assertTrue(deploy.status().startsWith("Wrote deploy"), deploy.status());
		Path sketch = project.getLocation().toPath().resolve(DeployView.FOLDER).resolve("ModelBenchReactor");
		String source = Files.readString(sketch.resolve("ModelBenchReactor.ino"));
		assertTrue(source.contains("strcmp(label, \"one\")") && source.contains("strcmp(label, \"seven\")")
				&& source.contains("strcmp(label, \"zero\")"), source);
		assertTrue(source.contains("Serial.begin(115200)"), source);
		assertTrue(source.contains("pinMode(13, OUTPUT)") && source.contains("pinMode(9, OUTPUT)"), source);
		assertEquals("ModelBenchReactor.ino", Workbench.onUiThread(() -> Workbench.page().getActiveEditor().getEditorInput().getName()),
				"the sketch opens in an editor, where the user can change it");
		assertFalse(deploy.modelOnBoardShown(), "the Uno cannot run a model itself");

		// A value that does not fit its action is said in words, not thrown.
		deploy.setAction("seven", "Servo angle", 9, "270");
		deploy.pressGenerateSketch();
		assertTrue(deploy.status().contains("0 to 180 degrees"), deploy.status());
		deploy.setAction("seven", "Servo angle", 9, "90");

		// The Pico takes its UF2 on its boot drive, no port needed; without its core here, the compile says what to install.
		deploy.chooseBoard("Raspberry Pi Pico (RP2040)");
		deploy.typePort("");
		deploy.pressCompileAndUpload();
		Workbench.waitUntil("the Pico's compile says what to install", 40, () -> deploy.status().contains("arduino-cli"));
		deploy.chooseBoard("Arduino Uno");
		deploy.pressGenerateSketch();
		Workbench.screenshot(shell(), "6-deploy.png");
	}

	@Test
	void theSerialMonitorShowsWhatTheBoardSaysSendsLinesAndStepsAsideForAFlash() throws Exception {
		try (PtyPair pty = PtyPair.open(Files.createDirectories(temp.resolve("monitor")));
				FileOutputStream boardOut = new FileOutputStream(pty.b());
				FileInputStream boardIn = new FileInputStream(pty.b())) {
			monitor.pressClear();
			monitor.showTimestamps(false);
			monitor.choosePort(pty.a(), 115200);
			monitor.pressConnect();
			Workbench.waitUntil("the monitor is open", 30, () -> monitor.status().startsWith("Connected to " + pty.a()));

			boardOut.write("modelbench ready\r\ndid one 0.9".getBytes(StandardCharsets.UTF_8));
			boardOut.flush();
			Thread.sleep(100);
			boardOut.write("6\n".getBytes(StandardCharsets.UTF_8));
			boardOut.flush();
			Workbench.waitUntil("the board's lines are shown", 30,
					() -> monitor.output().equals("modelbench ready\ndid one 0.96\n"));

			monitor.send("LED on");
			assertEquals("LED on\n", read(boardIn, 7));
			Workbench.waitUntil("the sent line is shown", 10, () -> monitor.output().endsWith("> LED on\n"));

			monitor.showTimestamps(true);
			assertTrue(monitor.output().matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} modelbench ready\n.*"), monitor.output());
			Workbench.screenshot(shell(), "6-serial-monitor.png");

			Path log = temp.resolve("monitor.log");
			monitor.saveLog(log);
			List<String> saved = Files.readAllLines(log);
			assertEquals(3, saved.size(), saved.toString());
			assertTrue(saved.get(2).endsWith(" > LED on"), saved.toString());
			// The view's toolbar runs the same command as its Clear button.
			Menus.pressToolItem(ModelCommands.SERIAL_CLEAR);
			assertEquals("", monitor.output());

			// An uploader takes the port: the monitor steps aside, and reopens when the upload is done.
			try (PortLease upload = PortLeases.shared().acquire(pty.a(), "upload")) {
				Workbench.waitUntil("the monitor stepped aside", 10, () -> monitor.status().startsWith("Stepped aside for the upload"));
			}
			Workbench.waitUntil("the monitor reopened", 10, () -> monitor.status().startsWith("Connected to "));
			boardOut.write("back\n".getBytes(StandardCharsets.UTF_8));
			boardOut.flush();
			Workbench.waitUntil("lines come again", 10, () -> monitor.output().endsWith(" back\n"));

			// Validation results go to the board through the open monitor, as "label,confidence".
			deploy.typePort(pty.a());
			deploy.sendResultsToTheBoard(true);
			assertTrue(deploy.status().startsWith("Each validation result goes to " + pty.a()), deploy.status());
			LivePredictions.publish(new Prediction(1, "seven", 0.875f, new float[] { 0.1f, 0.875f, 0.025f }));
			assertEquals("seven,0.88\n", read(boardIn, 11));
			deploy.sendResultsToTheBoard(false);
			monitor.disconnectIfConnected();
		}
	}

	@Test
	void theUnoGetsTheSketchWhileTheMonitorStepsAsideAndThenActsOnEachValidationResult() throws Exception {
		try (SimulatedUno uno = SimulatedUno.start(Files.createDirectories(temp.resolve("uno")))) {
			monitor.pressClear();
			monitor.choosePort(uno.port(), 115200);
			monitor.pressConnect();
			Workbench.waitUntil("the monitor is open on the Uno", 30, () -> monitor.status().startsWith("Connected to "));
			List<String> monitorStates = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread watcher = Thread.ofVirtual().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					String now = monitor.status();
					if (monitorStates.isEmpty() || !monitorStates.getLast().equals(now)) {
						monitorStates.add(now);
					}
					try {
						Thread.sleep(20);
					} catch (InterruptedException e) {
						return;
					}
				}
			});

			deploy.chooseBoard("Arduino Uno");
			deploy.typePort(uno.port());
			deploy.setAction("one", "Pin high", 13, "");
			deploy.setAction("seven", "Pin low", 13, "");
			deploy.setAction("zero", "Nothing", 13, "");
			deploy.pressCompileAndUpload();
			Workbench.waitUntil("the upload is reported within 5 minutes", 300, () -> deploy.status().startsWith("Uploaded "));
			Workbench.waitUntil("the monitor reopened", 10, () -> monitor.status().startsWith("Connected to "));
			watcher.interrupt();
			assertTrue(monitorStates.stream().anyMatch(state -> state.startsWith("Stepped aside")), monitorStates.toString());
			// Its "modelbench ready" may come before the monitor is back: the sketch starts as the upload ends.
			Thread.sleep(500);

			int pins = uno.mark();
			deploy.sendResultsToTheBoard(true);
			String high = null;
			for (int attempt = 0; attempt < 5 && high == null; attempt++) {
				LivePredictions.publish(new Prediction(0, "one", 0.96f, new float[] { 0.96f, 0.02f, 0.02f }));
				high = uno.await(pins, line -> line.startsWith("pin 13 1 "), java.time.Duration.ofSeconds(3));
			}
			assertNotNull(high, "the Uno set pin 13 high for one");
			Workbench.waitUntil("the board's answer shows in the monitor", 10,
					() -> monitor.output().contains("did one 0.96"));
			deploy.sendResultsToTheBoard(false);
			// The view's toolbar runs the same command as its Disconnect button.
			Menus.pressToolItem(ModelCommands.SERIAL_DISCONNECT);
			Workbench.waitUntil("the monitor closed", 10, () -> monitor.status().equals("Not connected."));
		}
	}

	/** {@code count} bytes from the board's end, or a failure after 10 s rather than a hung test. */
	private static String read(FileInputStream in, int count) throws Exception {
		return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return new String(in.readNBytes(count), StandardCharsets.UTF_8);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).get(10, java.util.concurrent.TimeUnit.SECONDS);
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell());
	}
}
