package dev.modelbench.ui.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.monitor.LineEnding;
import dev.modelbench.deploy.monitor.MonitorLine;
import dev.modelbench.deploy.monitor.MonitorListener;
import dev.modelbench.deploy.monitor.SerialMonitor;
import dev.modelbench.ui.forms.UiThread;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.DeviceList;
import dev.modelbench.ui.handlers.ModelBenchState;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The serial monitor, as in the Arduino IDE: what the board prints, with or without timestamps, and
 * a line to send. It steps aside while Model Bench flashes the port ({@code PortLeases}) and
 * reopens after, so uploads never fail because it is open.
 */
public final class SerialMonitorView extends ViewPart {

	public static final String ID = "dev.modelbench.ui.views.serialMonitor"; //$NON-NLS-1$

	/** The rates boards print at; 115200 is the result reactor sketch's. */
	static final int[] BAUD_RATES = { 9600, 19200, 38400, 57600, 115200, 230400 };
	/** The rate of the result reactor sketch, which the Deploy view flashes. */
	static final int REACTOR_BAUD = 115200;
	private static final int DEFAULT_BAUD = REACTOR_BAUD;
	private static final int SHOWN_LINES = 2000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS ") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private Composite body;
	private PortChooser port;
	private Combo baud;
	private Combo ending;
	private Button timestamps;
	private Button open;
	private Label state;
	private Text output;
	private Text input;
	private volatile SerialMonitor monitor;
	private final List<MonitorLine> pending = new ArrayList<>();
	private boolean flushScheduled;
	private final List<MonitorLine> shown = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		body = WidgetNames.name(new Composite(parent, SWT.NONE), "monitor"); //$NON-NLS-1$
		GridLayoutFactory.swtDefaults().applyTo(body);

		Composite portRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(portRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(portRow);
		new Label(portRow, SWT.NONE).setText(Messages.Monitor_port);
		port = new PortChooser(portRow, "monitor.port"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(port.control());
		open = WidgetNames.name(new Button(portRow, SWT.PUSH), "monitor.connect"); //$NON-NLS-1$
		open.setText(Messages.Monitor_connect);
		open.addListener(SWT.Selection, event -> ModelCommands.execute(this,
				monitor == null ? ModelCommands.SERIAL_CONNECT : ModelCommands.SERIAL_DISCONNECT, Map.of()));

		Composite settings = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(settings);
		new Label(settings, SWT.NONE).setText(Messages.Monitor_baud);
		baud = WidgetNames.name(new Combo(settings, SWT.READ_ONLY), "monitor.baud"); //$NON-NLS-1$
		for (int rate : BAUD_RATES) {
			baud.add(Integer.toString(rate));
		}
		baud.setText(Integer.toString(DEFAULT_BAUD));
		new Label(settings, SWT.NONE).setText(Messages.Monitor_lineEnding);
		ending = WidgetNames.name(new Combo(settings, SWT.READ_ONLY), "monitor.lineEnding"); //$NON-NLS-1$
		ending.setItems(Messages.Monitor_endingNone, Messages.Monitor_endingNewline, Messages.Monitor_endingReturn,
				Messages.Monitor_endingBoth);
		ending.select(LineEnding.NEWLINE.ordinal());
		timestamps = WidgetNames.name(new Button(settings, SWT.CHECK), "monitor.timestamps"); //$NON-NLS-1$
		timestamps.setText(Messages.Monitor_timestamps);
		timestamps.addListener(SWT.Selection, event -> redraw());

		output = WidgetNames.name(new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER),
				"monitor.output"); //$NON-NLS-1$
		output.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 100).applyTo(output);

		Composite sendRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(sendRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sendRow);
		input = WidgetNames.name(new Text(sendRow, SWT.BORDER | SWT.SINGLE), "monitor.input"); //$NON-NLS-1$
		input.setMessage(Messages.Monitor_sendHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(input);
		Runnable notConnected = () -> state.setText(Messages.Monitor_notConnected);
		input.addListener(SWT.DefaultSelection,
				event -> ModelCommands.execute(this, ModelCommands.SERIAL_SEND, Map.of(), notConnected));
		Button send = WidgetNames.name(new Button(sendRow, SWT.PUSH), "monitor.send"); //$NON-NLS-1$
		send.setText(Messages.Monitor_send);
		ModelCommands.bind(send, this, ModelCommands.SERIAL_SEND, notConnected);
		Button clear = WidgetNames.name(new Button(sendRow, SWT.PUSH), "monitor.clear"); //$NON-NLS-1$
		clear.setText(Messages.Monitor_clear);
		ModelCommands.bind(clear, this, ModelCommands.SERIAL_CLEAR);
		Button save = WidgetNames.name(new Button(sendRow, SWT.PUSH), "monitor.save"); //$NON-NLS-1$
		save.setText(Messages.Monitor_save);
		ModelCommands.bind(save, this, ModelCommands.SERIAL_SAVE_LOG, notConnected);

		state = WidgetNames.name(new Label(body, SWT.WRAP), "monitor.state"); //$NON-NLS-1$
		state.setText(Messages.Monitor_closed);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(state);
	}

	/** Opens the chosen port, as Connect does; a missing or busy port is said in the status line. */
	public void connect() {
		String path = port.path();
		if (path.isEmpty()) {
			state.setText(Messages.Monitor_noPort);
			return;
		}
		int rate = Integer.parseInt(baud.getText());
		LineEnding lineEnding = LineEnding.values()[Math.max(0, ending.getSelectionIndex())];
		open.setEnabled(false);
		// Opening waits for the port: not on the UI thread.
		Job job = Job.create(NLS.bind(Messages.Monitor_opening, path), (IProgressMonitor progress) -> {
			try {
				SerialMonitor opened = SerialMonitor.open(path, rate, lineEnding, new Listener(path, rate));
				ui(() -> {
					monitor = opened;
					ModelBenchState.update(ModelBenchState.SERIAL_MONITOR_OPEN, true);
					open.setText(Messages.Monitor_disconnect);
					open.setEnabled(true);
					open.getParent().layout(true);
				}, opened::close);
			} catch (DeployException e) {
				ui(() -> {
					state.setText(e.getMessage());
					open.setEnabled(true);
				}, () -> {
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Closes the port, as Disconnect does. */
	public void disconnect() {
		SerialMonitor closing = monitor;
		monitor = null;
		ModelBenchState.update(ModelBenchState.SERIAL_MONITOR_OPEN, false);
		if (closing != null) {
			Thread.ofVirtual().name("Serial monitor close").start(closing::close); //$NON-NLS-1$
		}
		open.setText(Messages.Monitor_connect);
		open.getParent().layout(true);
	}

	/** The open monitor on {@code path}, for others that want to write to the same board; null if none. */
	public SerialMonitor monitorOn(String path) {
		SerialMonitor current = monitor;
		return current != null && current.port().equals(path) && current.state() != SerialMonitor.State.CLOSED
				? current
				: null;
	}

	/** Sends the input line with the chosen line ending, as Send and Enter do. */
	public void send() {
		SerialMonitor current = monitor;
		if (current == null) {
			state.setText(Messages.Monitor_notConnected);
			return;
		}
		String text = input.getText();
		input.setText(""); //$NON-NLS-1$
		// Writing waits until the bytes have left the computer: not on the UI thread.
		Thread.ofVirtual().name("Serial monitor send").start(() -> { //$NON-NLS-1$
			try {
				current.send(text);
			} catch (DeployException e) {
				ui(() -> state.setText(e.getMessage()), () -> {
				});
			}
		});
	}

	/** Empties the output, as Clear does; the saved log keeps everything. */
	public void clear() {
		shown.clear();
		output.setText(""); //$NON-NLS-1$
	}

	/** Asks where to save the log, then saves it there, as Save does. */
	public void saveLogAs() {
		if (monitor == null) {
			state.setText(Messages.Monitor_notConnected);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFileName("serial-monitor.txt"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveLog(Path.of(chosen));
		}
	}

	/** Writes everything the monitor logged to {@code file}, as Save does. */
	public void saveLog(Path file) {
		SerialMonitor current = monitor;
		if (current == null) {
			state.setText(Messages.Monitor_notConnected);
			return;
		}
		try {
			current.saveLog(file);
			state.setText(NLS.bind(Messages.Monitor_saved, file));
		} catch (IOException e) {
			state.setText(NLS.bind(Messages.Monitor_saveFailed, file, e.getMessage()));
		}
	}

	private void redraw() {
		StringBuilder text = new StringBuilder();
		for (MonitorLine line : shown) {
			append(text, line);
		}
		output.setText(text.toString());
		output.setTopIndex(output.getLineCount());
	}

	private void append(StringBuilder text, MonitorLine line) {
		if (timestamps.getSelection()) {
			text.append(TIME.format(line.time()));
		}
		text.append(line.sent() ? "> " : "").append(line.text()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** On the UI thread: the lines that came since the last batch, appended at once. */
	private void flush() {
		List<MonitorLine> batch;
		synchronized (pending) {
			batch = new ArrayList<>(pending);
			pending.clear();
			flushScheduled = false;
		}
		shown.addAll(batch);
		if (shown.size() > SHOWN_LINES) {
			shown.subList(0, shown.size() - SHOWN_LINES).clear();
			redraw();
			return;
		}
		StringBuilder text = new StringBuilder();
		for (MonitorLine line : batch) {
			append(text, line);
		}
		output.append(text.toString());
	}

	/** Told on the monitor's reader thread; a busy board must not flood the UI thread with one task a line. */
	private final class Listener implements MonitorListener {

		private final String path;
		private final int rate;

		Listener(String path, int rate) {
			this.path = path;
			this.rate = rate;
		}

		@Override
		public void line(MonitorLine line) {
			boolean schedule;
			synchronized (pending) {
				pending.add(line);
				schedule = !flushScheduled;
				flushScheduled = true;
			}
			if (schedule) {
				ui(SerialMonitorView.this::flush, () -> {
				});
			}
		}

		@Override
		public void state(SerialMonitor.State now, String message) {
			ui(() -> state.setText(switch (now) {
			case OPEN -> NLS.bind(Messages.Monitor_open, path, rate);
			case PAUSED -> NLS.bind(Messages.Monitor_paused, path);
			case DISCONNECTED -> message == null ? Messages.Monitor_lost : message;
			case CLOSED -> Messages.Monitor_closed;
			}), () -> {
			});
		}
	}

	private void ui(Runnable work, Runnable otherwise) {
		UiThread.whileOpen(body, work, otherwise);
	}

	@Override
	public void setFocus() {
		input.setFocus();
	}

	/** Its port chooser, which the view menu's Refresh Devices lists again. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == DeviceList.class && port != null) {
			return adapter.cast(port);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		SerialMonitor closing = monitor;
		monitor = null;
		if (closing != null) {
			ModelBenchState.update(ModelBenchState.SERIAL_MONITOR_OPEN, false);
			Thread.ofVirtual().name("Serial monitor close").start(closing::close); //$NON-NLS-1$
		}
		super.dispose();
	}
}
