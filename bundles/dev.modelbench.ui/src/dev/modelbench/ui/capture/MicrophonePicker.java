package dev.modelbench.ui.capture;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.modelbench.capture.audio.Microphones;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.ui.forms.UiThread;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.DeviceList;
import dev.modelbench.ui.handlers.ModelCommands;
import dev.modelbench.ui.preferences.UiPreferences;

/**
 * The microphone chooser of the recording dialog and the Validation view: the inputs found (listed
 * in the background) and Refresh. When there is none it says what to connect.
 */
public final class MicrophonePicker implements DeviceList {

	private final Composite control;
	private final Combo microphones;
	private final Label message;
	private final Consumer<SoundInput> onChoice;
	private List<SoundInput> listed = List.of();
	private boolean boardFirst;

	/** @param onChoice hears the input chosen, or null when there is none; on the UI thread */
	public MicrophonePicker(Composite parent, Consumer<SoundInput> onChoice) {
		this.onChoice = onChoice;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(control);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.Microphone_label);
		microphones = WidgetNames.name(new Combo(control, SWT.READ_ONLY), "microphone.device"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(microphones);
		microphones.addListener(SWT.Selection, event -> selectionChanged());
		Button refresh = WidgetNames.name(new Button(control, SWT.PUSH), "microphone.refresh"); //$NON-NLS-1$
		refresh.setText(Messages.Camera_refresh);
		ModelCommands.bindRefresh(refresh, this);
		message = WidgetNames.name(new Label(control, SWT.WRAP), "microphone.message"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		message.setText(Messages.Microphone_looking);
	}

	/** From the next listing on, chooses a board's sensor rather than the device chosen last time. */
	public void preferBoard() {
		boardFirst = true;
	}

	public Composite control() {
		return control;
	}

	/** The text under the chooser: empty, or what to do when there is no microphone. */
	public String message() {
		return message.getText();
	}

	/** The inputs listed, in chooser order. */
	public List<SoundInput> microphones() {
		return listed;
	}

	/** The input chosen now, or null. */
	public SoundInput chosen() {
		int index = microphones.getSelectionIndex();
		return index < 0 || index >= listed.size() ? null : listed.get(index);
	}

	/** Chooses the {@code index}th input, as the user does in the list. */
	public void select(int index) {
		microphones.select(index);
		selectionChanged();
	}

	/** Lists the inputs again in the background and chooses the preferred one, or the first. */
	@Override
	public void refresh() {
		message.setText(Messages.Microphone_looking);
		microphones.removeAll();
		microphones.setEnabled(false);
		Job job = Job.create(Messages.Microphone_listJob, (IProgressMonitor monitor) -> {
			List<SoundInput> found = MicrophoneSources.list();
			UiThread.whileOpen(control, () -> listed(found));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void listed(List<SoundInput> found) {
		listed = found;
		microphones.removeAll();
		listed.forEach(input -> microphones.add(input.name()));
		microphones.setEnabled(!listed.isEmpty());
		message.setText(listed.isEmpty() ? Microphones.noneMessage() : ""); //$NON-NLS-1$
		control.getShell().layout(true, true);
		if (listed.isEmpty()) {
			onChoice.accept(null);
			return;
		}
		int index = DeviceChoice.index(listed, SoundInput::name, UiPreferences.store().getString(UiPreferences.MICROPHONE), boardFirst);
		if (index < 0) {
			message.setText(Messages.Board_noneConnected);
			control.getShell().layout(true, true);
			onChoice.accept(null);
			return;
		}
		select(index);
	}

	private void selectionChanged() {
		SoundInput input = chosen();
		if (input != null) {
			UiPreferences.store().setValue(UiPreferences.MICROPHONE, input.name());
			onChoice.accept(input);
		}
	}
}
