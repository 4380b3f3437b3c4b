package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
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
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;
import dev.modelbench.mqtt.BrokerCredentials;
import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.EmbeddedBroker;
import dev.modelbench.mqtt.TopicSubscriber;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.push.LocalBroker;
import dev.modelbench.ui.push.ProjectPushSettings;
import dev.modelbench.ui.push.ResultPushPanel;
import dev.modelbench.ui.validation.ValidationView;

/**
 * The Validation view's Real-time Result Push against the built-in broker (started here, on a free
 * port): what the view predicts arrives on the topic, a wrong password is said in words, and the
 * password stays out of the project.
 */
class ResultPushTest {

	private static final String PASSWORD = "only-in-secure-storage-7f3a";
	private static final String TOPIC = "modelbench/push-test";

	@TempDir
	static Path temp;

	private static IProject project;
	private static ValidationViewTester validation;
	private static ResultPushTester push;
	private static EmbeddedBroker broker;
	private static int port;

	@BeforeAll
	static void trainDigitsAndStartABroker() throws Exception {
		Path zip = SampleDataset.QUICK_START.copyToTemporaryFile();
		try {
			project = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(ResourcesPlugin.getWorkspace(),
					"pushdigits", SampleDataset.QUICK_START.taskKind(), null, zip, ImportOptions.defaults(),
					new NullProgressMonitor()).project();
		} finally {
			Files.deleteIfExists(zip);
		}
		ModelEditor editor = Workbench.onUiThread(() -> (ModelEditor) IDE.openEditor(Workbench.page(),
				project.getFile(ProjectLayout.MODEL_FILE_NAME), ModelEditor.ID));
		TrainingViewTester training = TrainingViewTester.show();
		training.setEpochs(5);
		assertNotNull(training.pressTrain(), training.status());
		training.waitUntilTrained(300);
		Workbench.onUiThread(() -> editor.doSave(null));

		validation = ValidationViewTester.show();
		validation.waitForTheModel();
		ResultPushPanel panel = Workbench.onUiThread(() -> ((ValidationView) Workbench.page().findView(ValidationView.ID)).push());
		BrokerCredentials credentials = new BrokerCredentials(SecurePreferencesFactory.open(
				temp.resolve("secure_storage").toUri().toURL(), Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
						IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()))));
		// The test's own secure storage, which asks for no master password.
		Workbench.onUiThread(() -> panel.useCredentials(credentials));
		push = ResultPushTester.in(Workbench.onUiThread(() -> (Control) panel.control()));

		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		broker = EmbeddedBroker.start(new EmbeddedBroker.Settings("127.0.0.1", port, "siot", PASSWORD));
	}

	@AfterEach
	void disconnect() {
		push.disconnectIfConnected();
	}

	@AfterAll
	static void cleanUp() throws Exception {
		if (broker != null) {
			broker.stop();
		}
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void aConnectedPanelPushesEachPredictionAndShowsWhatArrives() throws Exception {
		List<String> heard = new CopyOnWriteArrayList<>();
		try (TopicSubscriber board = TopicSubscriber.open(new BrokerSettings("127.0.0.1", port, "siot", PASSWORD, false),
				TOPIC, 0, message -> heard.add(message.text()))) {
			push.typeBroker("127.0.0.1", port, "siot", PASSWORD);
			push.typeTopic(TOPIC);
			push.pressConnect();
			Workbench.waitUntil("the panel is connected", 30, () -> push.status().startsWith("Connected"));

			Path digit;
			try (Stream<Path> files = Files.walk(project.getLocation().toPath().resolve("data"))) {
				digit = files.filter(file -> file.toString().endsWith(".png")).findFirst().orElseThrow();
			}
			String label = null;
			// QoS 0: a result published before the subscriptions are in place is gone; predict again then.
			for (int attempt = 0; attempt < 10 && push.received().isEmpty(); attempt++) {
				validation.validateFile(digit).join(30_000, null);
				Workbench.waitUntil("the answer is shown", 30, () -> !validation.result().isEmpty());
				label = validation.result().split("  ")[0];
				Workbench.sleep(1000);
			}
			String predicted = label;
			Workbench.waitUntil("the panel shows the label arriving", 10,
					() -> push.received().stream().anyMatch(text -> text.endsWith("  " + predicted)));
			assertTrue(heard.contains(predicted), heard + " holds " + predicted);
			Workbench.waitUntil("the panel counts what it sent", 10, () -> push.sentCount() >= 1);
			// The view alone and scrolled to the panel, so the picture shows it whole.
			Workbench.onUiThread(() -> {
				Workbench.page().getWorkbenchWindow().getShell().setBounds(Workbench.display().getClientArea().x,
						Workbench.display().getClientArea().y, 1280, 960);
				Workbench.page().setPartState(Workbench.page().findViewReference(ValidationView.ID), IWorkbenchPage.STATE_MAXIMIZED);
				FormToolkit.ensureVisible(push.control());
			});
			Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
					"4-validation-push.png");
			Workbench.onUiThread(() -> Workbench.page().setPartState(Workbench.page().findViewReference(ValidationView.ID),
					IWorkbenchPage.STATE_RESTORED));
		}

		Path folder = project.getLocation().toPath();
		assertTrue(Files.isRegularFile(folder.resolve(".settings/" + ProjectPushSettings.NODE + ".prefs")),
				"the push settings are kept with the project");
		assertTrue(Files.readString(folder.resolve(".settings/" + ProjectPushSettings.NODE + ".prefs")).contains(TOPIC));
		dev.modelbench.mqtt.PushSettings kept = ProjectPushSettings.load(project).orElseThrow();
		assertEquals(new BrokerSettings("127.0.0.1", port, "siot", "", false), kept.broker());
		assertEquals(TOPIC, kept.topic());
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD),
						"the password is in " + file);
			}
		}
	}

	@Test
	void theBoardsOwnResultsArePushedAsThePcsAre() throws Exception {
		List<String> heard = new CopyOnWriteArrayList<>();
		try (TopicSubscriber subscriber = TopicSubscriber.open(
				new BrokerSettings("127.0.0.1", port, "siot", PASSWORD, false), TOPIC, 0, message -> heard.add(message.text()));
				PtyPair pty = PtyPair.open(Files.createDirectories(temp.resolve("board")));
				// A board running a model sketch that prints "cat,0.93" lines.
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.FOREIGN, pty.b(), List.of(), new short[0])) {
			push.typeBroker("127.0.0.1", port, "siot", PASSWORD);
			push.typeTopic(TOPIC);
			push.pressConnect();
			Workbench.waitUntil("the panel is connected", 30, () -> push.status().startsWith("Connected"));
			ValidationViewTester view = ValidationViewTester.show();
			view.chooseBoard();
			view.typePort(pty.a());
			view.pressWatch();
			try {
				Workbench.waitUntil("the board's result arrives on the topic", 30, () -> heard.contains("cat"));
				Workbench.waitUntil("the panel counts it", 10, () -> push.sentCount() >= 1);
			} finally {
				view.pressWatch();
				view.chooseFile();
			}
		}
	}

	@Test
	void theBuiltInBrokerStartsFromThePanelAndTakesSiotsLogin() throws Exception {
		int builtInPort;
		try (ServerSocket free = new ServerSocket(0)) {
			builtInPort = free.getLocalPort();
		}
		push.typeBroker("127.0.0.1", builtInPort, "siot", "dfrobot");
		push.pressBrokerButton();
		Workbench.waitUntil("the broker runs", 30, () -> push.status().contains("listens on port " + builtInPort));
		push.pressConnect();
		Workbench.waitUntil("the panel is connected to it", 30, () -> push.status().startsWith("Connected"));

		push.pressBrokerButton();
		Workbench.waitUntil("the broker stopped", 30, () -> !LocalBroker.isRunning());
		Workbench.waitUntil("the panel says the connection is gone", 30,
				() -> !push.status().startsWith("Connected"));
	}

	@Test
	void aWrongPasswordIsSaidInWordsNotAsAStackTrace() {
		push.typeBroker("127.0.0.1", port, "siot", "not-the-password");
		push.typeTopic(TOPIC);
		push.pressConnect();
		Workbench.waitUntil("the refusal is shown", 30, () -> push.status().contains("refused"));
		String status = push.status();
		assertTrue(status.contains("user name \"siot\" or its password"), status);
		assertFalse(status.contains("Exception"), status);
		assertFalse(status.contains("\tat "), status);
		assertEquals(0L, push.sentCount());
	}

	@Test
	void aSelfSignedTlsBrokerIsRefusedInWordsUntilTheUserTrustsItsCertificateByItsFingerprint() throws Exception {
		try (Mosquitto tls = Mosquitto.startWithTls(Files.createDirectories(temp.resolve("mosquitto-tls")))) {
			push.setTls(true);
			push.typeBroker("127.0.0.1", tls.tlsPort(), "siot", "dfrobot");
			push.typeTopic(TOPIC);
			push.setTrustCertificate(false);
			push.pressConnect();
			Workbench.waitUntil("the refusal is shown", 30, () -> push.status().contains("no authority this computer knows"));
			assertTrue(push.status().contains("trust this broker's certificate"), push.status());
			push.disconnectIfConnected();

			push.setTrustCertificate(true);
			push.pressConnect();
			Workbench.waitUntil("Model Bench asks whether to trust the certificate", 30,
					() -> Widgets.shellTitled("Trust this broker's certificate?") != null);
			Shell question = Workbench.onUiThread(() -> Widgets.shellTitled("Trust this broker's certificate?"));
			String fingerprint = tls.certificateFingerprint();
			assertNotNull(Workbench.onUiThread(() -> Workbench.find(question, Label.class,
					label -> label.getText().contains(fingerprint))), "the question shows the fingerprint " + fingerprint);
			Workbench.screenshot(question, "push-trust-certificate.png");
			Workbench.onUiThread(() -> Workbench.click(Workbench.button(question, "Trust Certificate")));

			Workbench.waitUntil("the panel is connected over TLS", 30, () -> push.status().startsWith("Connected"));
			assertTrue(push.trustCertificateChecked());
			push.disconnectIfConnected();
			// Unticked again, the broker is verified as usual again: the kept certificate is forgotten.
			push.setTrustCertificate(false);
			push.pressConnect();
			Workbench.waitUntil("the refusal is shown again", 30,
					() -> push.status().contains("no authority this computer knows"));
		} finally {
			push.disconnectIfConnected();
			push.setTls(false);
		}
	}
}
