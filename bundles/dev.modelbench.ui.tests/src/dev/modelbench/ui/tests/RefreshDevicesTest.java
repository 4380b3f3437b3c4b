package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.serial.SerialPorts;
import dev.modelbench.ui.deploy.DeployView;
import dev.modelbench.ui.deploy.SerialMonitorView;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * Every Refresh beside a device list (ports, cameras, microphones) runs the Refresh Devices command,
 * which lists again the devices of that chooser and of no other: a device plugged in after the list
 * was made shows up.
 */
class RefreshDevicesTest {

	private static final String STALE_PORT = "/dev/ttyUnplugged";

	private final ExecutedCommands recorder = new ExecutedCommands();
	private final List<String> executed = recorder.ids();

	/** Closes the dialog a test opened, even when it failed. */
	private Runnable closeDialog = () -> {
	};

	@BeforeEach
	void listen() {
		commands().addExecutionListener(recorder);
	}

	@AfterEach
	void cleanUp() throws Exception {
		commands().removeExecutionListener(recorder);
		closeDialog.run();
		Workbench.onUiThread(() -> {
			Workbench.page().closeAllEditors(false);
			Workbench.page().hideView(Workbench.page().findView(DeployView.ID));
			Workbench.page().hideView(Workbench.page().findView(SerialMonitorView.ID));
		});
		WorkspaceProjects.deleteAll();
	}

	@Test
	void refreshInTheDeployViewListsItsPortsAgainAndLeavesTheSerialMonitorsAlone() {
		DeployViewTester deploy = DeployViewTester.show();
		SerialMonitorTester monitor = SerialMonitorTester.show();
		List<String> present = presentPorts();
		// Wait for the lists made when the views opened, so that they cannot pass for the refresh.
		Workbench.waitUntil("the views list the ports", () -> deploy.listedPorts().equals(present)
				&& monitor.listedPorts().equals(present));
		deploy.showOldPortList(STALE_PORT);
		monitor.showOldPortList(STALE_PORT);

		deploy.pressRefreshPorts();

		assertEquals(List.of(ModelCommands.REFRESH_DEVICES), executed);
		Workbench.waitUntil("the Deploy view lists the ports again", () -> deploy.listedPorts().equals(present));
		assertEquals(List.of(STALE_PORT), monitor.listedPorts(), "only the pressed chooser is refreshed");

		monitor.pressRefreshPorts();
		assertEquals(List.of(ModelCommands.REFRESH_DEVICES, ModelCommands.REFRESH_DEVICES), executed);
		Workbench.waitUntil("the Serial Monitor lists the ports again", () -> monitor.listedPorts().equals(present));

		// The view menu's Refresh Devices has no button to name its chooser: it refreshes the view's.
		deploy.showOldPortList(STALE_PORT);
		deploy.refreshFromViewMenu();
		Workbench.waitUntil("the view menu's Refresh lists the ports again", () -> deploy.listedPorts().equals(present));
	}

	@Test
	void aCameraPluggedInWhileTheWebcamDialogIsOpenIsListedAfterRefresh() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("pets", TaskKind.IMAGE_CLASSIFICATION));
		Category cat = ModelEditorTester.of(editor).addCategory("Cat");
		WebcamDialogTester dialog = new WebcamDialogTester(Workbench.onUiThread(() -> editor.openWebcam(cat, false)));
		closeDialog = dialog::close;
		Workbench.waitUntil("the first search ends", () -> !dialog.pickerMessage().startsWith("Looking"));
		assertFalse(dialog.listedCameras().contains(FakeCamera.NAME), "not plugged in yet");
		try (FakeCamera camera = FakeCamera.plugIn()) {
			executed.clear();
			dialog.pressRefresh();

			assertEquals(List.of(ModelCommands.REFRESH_DEVICES), executed);
			Workbench.waitUntil("the plugged-in camera is listed", () -> dialog.listedCameras().contains(FakeCamera.NAME));
			dialog.close();
		}
	}

	@Test
	void aMicrophonePluggedInWhileTheMicrophoneDialogIsOpenIsListedAfterRefresh() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("claps", TaskKind.SOUND_CLASSIFICATION));
		Category clap = ModelEditorTester.of(editor).addCategory("Clap");
		MicrophoneDialogTester dialog = new MicrophoneDialogTester(
				Workbench.onUiThread(() -> editor.openMicrophone(clap, false)));
		closeDialog = dialog::close;
		Workbench.waitUntil("the first search ends", () -> !dialog.pickerMessage().startsWith("Looking"));
		assertFalse(dialog.listedMicrophones().contains(FakeMicrophone.NAME), "not plugged in yet");
		try (FakeMicrophone microphone = FakeMicrophone.hearing(new float[16_000])) {
			executed.clear();
			dialog.pressRefresh();

			assertEquals(List.of(ModelCommands.REFRESH_DEVICES), executed);
			Workbench.waitUntil("the plugged-in microphone is listed",
					() -> dialog.listedMicrophones().contains(FakeMicrophone.NAME));
			dialog.close();
		}
	}

	/** The ports as the port lists label them. */
	private static List<String> presentPorts() {
		BoardCatalog catalog = BoardCatalog.installed();
		return SerialPorts.list().stream().map(port -> port.label(catalog)).toList();
	}

	private static ICommandService commands() {
		return PlatformUI.getWorkbench().getService(ICommandService.class);
	}
}
