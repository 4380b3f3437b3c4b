package dev.modelbench.ui.capture;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.modelbench.capture.AvailableCameras;
import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.webcam.IpCameras;
import dev.modelbench.ui.forms.UiThread;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.DeviceList;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * The camera chooser of the capture dialog and the Validation view: a list of the cameras found
 * (listed in the background), Refresh, and Add IP camera for a phone used as a webcam. When there
 * is no camera it says what to connect.
 */
public final class CameraPicker implements DeviceList {

	private final Composite control;
	private final Combo cameras;
	private final Label message;
	private final Consumer<Camera> onChoice;
	private List<Camera> listed = List.of();
	private boolean boardFirst;

	/** @param onChoice hears the camera chosen, or null when there is none; on the UI thread */
	public CameraPicker(Composite parent, Consumer<Camera> onChoice) {
		this.onChoice = onChoice;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(control);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.Camera_label);
		cameras = WidgetNames.name(new Combo(control, SWT.READ_ONLY), "camera.device"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(cameras);
		cameras.addListener(SWT.Selection, event -> chosen());
		Button refresh = WidgetNames.name(new Button(control, SWT.PUSH), "camera.refresh"); //$NON-NLS-1$
		refresh.setText(Messages.Camera_refresh);
		ModelCommands.bindRefresh(refresh, this);
		Button addIp = new Button(control, SWT.PUSH);
		addIp.setText(Messages.Camera_addIp);
		addIp.addListener(SWT.Selection, event -> addIpCamera());
		message = WidgetNames.name(new Label(control, SWT.WRAP), "camera.message"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		message.setText(Messages.Camera_looking);
	}

	/** From the next listing on, chooses a board's sensor rather than the device chosen last time. */
	public void preferBoard() {
		boardFirst = true;
	}

	public Composite control() {
		return control;
	}

	/** The text under the chooser: what the search found, or what to do when there is no camera. */
	public String message() {
		return message.getText();
	}

	/** The cameras listed, in chooser order. */
	public List<Camera> cameras() {
		return listed;
	}

	/** Chooses the {@code index}th camera, as the user does in the list. */
	public void select(int index) {
		cameras.select(index);
		chosen();
	}

	/** Lists the cameras again in the background and chooses the preferred one, or the first. */
	@Override
	public void refresh() {
		message.setText(Messages.Camera_looking);
		cameras.removeAll();
		cameras.setEnabled(false);
		Job job = Job.create(Messages.Camera_listJob, (IProgressMonitor monitor) -> {
			AvailableCameras found = CameraSources.list();
			UiThread.whileOpen(control, () -> listed(found));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void listed(AvailableCameras found) {
		listed = found.cameras();
		cameras.removeAll();
		listed.forEach(camera -> cameras.add(camera.name()));
		cameras.setEnabled(!listed.isEmpty());
		control.getParent().layout(true, true);
		if (found.isEmpty()) {
			message.setText(found.noCameraMessage());
			control.getShell().layout(true, true);
			onChoice.accept(null);
			return;
		}
		message.setText(found.problems().isEmpty() ? "" : String.join("\n", found.problems())); //$NON-NLS-1$ //$NON-NLS-2$
		int index = DeviceChoice.index(listed, Camera::name, UiPreferences.store().getString(UiPreferences.CAMERA), boardFirst);
		if (index < 0) {
			message.setText(Messages.Board_noneConnected);
			control.getShell().layout(true, true);
			onChoice.accept(null);
			return;
		}
		select(index);
	}

	private void chosen() {
		int index = cameras.getSelectionIndex();
		if (index < 0 || index >= listed.size()) {
			return;
		}
		Camera camera = listed.get(index);
		UiPreferences.store().setValue(UiPreferences.CAMERA, camera.name());
		onChoice.accept(camera);
	}

	private void addIpCamera() {
		IInputValidator validator = text -> {
			try {
				IpCameras.url(text);
				return null;
			} catch (CameraException e) {
				return e.getMessage();
			}
		};
		InputDialog dialog = new InputDialog(control.getShell(), Messages.Camera_addIpTitle, Messages.Camera_addIpText,
				"http://", validator); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			UiPreferences.addIpCamera(dialog.getValue());
			refresh();
		}
	}
}
