package dev.modelbench.ui.deploy;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.serial.PortInfo;
import dev.modelbench.deploy.serial.PortNames;
import dev.modelbench.deploy.serial.SerialPorts;
import dev.modelbench.ui.forms.UiThread;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.DeviceList;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The serial ports of this computer, each named by the boards its USB id belongs to ("Arduino Uno
 * (/dev/ttyACM0)"); a port the list does not show (a pty, a Bluetooth port) can be typed in.
 */
public final class PortChooser implements DeviceList {

	private final Composite row;
	private final Combo combo;
	private List<PortInfo> ports = List.of();

	/** @param name the name of its field, for the UI tests */
	public PortChooser(Composite parent, String name) {
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		combo = WidgetNames.name(new Combo(row, SWT.DROP_DOWN), name);
		combo.setToolTipText(Messages.Port_tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(combo);
		Button refresh = WidgetNames.name(new Button(row, SWT.PUSH), name + ".refresh"); //$NON-NLS-1$
		refresh.setText(Messages.Port_refresh);
		ModelCommands.bindRefresh(refresh, this);
		refresh();
	}

	public Control control() {
		return row;
	}

	/** Lists the ports again, in the background (the system may take a moment). */
	@Override
	public void refresh() {
		Job list = Job.create(Messages.Port_listJob, (IProgressMonitor monitor) -> {
			List<PortInfo> found = SerialPorts.list();
			BoardCatalog catalog = BoardCatalog.installed();
			List<String> labels = found.stream().map(port -> port.label(catalog)).toList();
			UiThread.whileOpen(combo, () -> {
				String typed = combo.getText();
				ports = found;
				combo.setItems(labels.toArray(String[]::new));
				combo.setText(typed.isEmpty() && !labels.isEmpty() ? labels.getFirst() : typed);
			});
			return Status.OK_STATUS;
		});
		list.setSystem(true);
		list.schedule();
	}

	/** The chosen port's path: a listed one's, or what was typed, named as the list names ports ({@code com3} is COM3). */
	public String path() {
		int index = combo.indexOf(combo.getText());
		return index >= 0 && index < ports.size() ? ports.get(index).path()
				: PortNames.typed(Host.current().os(), combo.getText());
	}

	/** Runs {@code listener} whenever the chosen port changes (picked, typed or listed). */
	void onChange(Runnable listener) {
		combo.addListener(SWT.Modify, event -> listener.run());
	}
}
