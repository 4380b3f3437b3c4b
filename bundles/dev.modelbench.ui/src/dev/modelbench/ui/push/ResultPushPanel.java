package dev.modelbench.ui.push;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.BrokerCredentials;
import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.BrokerStartException;
import dev.modelbench.mqtt.ConnectionStatus;
import dev.modelbench.mqtt.CredentialsException;
import dev.modelbench.mqtt.DefaultBroker;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.PushSettingsException;
import dev.modelbench.mqtt.ReceivedMessage;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.mqtt.TopicSubscriber;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelBenchState;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * Seed 000's "Real-time Result Push" as a section of the Validation view: where to push, Connect
 * and Disconnect, how the connection stands, and what arrives on the topic. {@link #publish} is
 * called from the prediction threads and never waits: the publisher queues.
 */
public final class ResultPushPanel {

	private static final int RECEIVED_SHOWN = 8;
	private static final int COUNT_REFRESH_MS = 500;
	private static final DateTimeFormatter ARRIVAL = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final Section section;
	private final Text host;
	private final Spinner port;
	private final Text user;
	private final Text password;
	private final Text topic;
	private final Combo qos;
	private final Button tls;
	private final Button trustCertificate;
	private final BrokerCertificateTrust certificateTrust;
	private final Combo payload;
	private final Combo rate;
	private final Spinner perSecond;
	private final Button connect;
	private final Button disconnect;
	private final Button brokerToggle;
	private final Label status;
	private final Label counts;
	private final org.eclipse.swt.widgets.List received;

	private IProject project;
	private volatile String modelName = ""; //$NON-NLS-1$
	private BrokerCredentials credentials;
	private volatile ResultPublisher publisher;
	private TopicSubscriber subscriber;
	private volatile List<String> classNames = List.of();
	private int generation;

	/**
	 * @param part     the view the panel is in; its buttons run the Result Push commands there
	 * @param relayout run when the section opens or closes, so the form around it can reflow
	 */
	public ResultPushPanel(Composite parent, FormToolkit toolkit, IWorkbenchPart part, Runnable relayout) {
		// No TITLE_BAR: its gradient is repainted on every layout, slow enough to be felt while training runs.
		section = WidgetNames.name(toolkit.createSection(parent, ExpandableComposite.TWISTIE | Section.DESCRIPTION),
				"push"); //$NON-NLS-1$
		section.addExpansionListener(org.eclipse.ui.forms.events.IExpansionListener
				.expansionStateChangedAdapter(event -> relayout.run()));
		section.setText(Messages.Push_section);
		section.setDescription(Messages.Push_description);
		Composite body = toolkit.createComposite(section);
		section.setClient(body);
		// A label and its field a row: the section is as narrow as a classroom laptop's view.
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);

		host = field(toolkit, body, Messages.Push_host, SWT.BORDER, "push.host"); //$NON-NLS-1$
		toolkit.createLabel(body, Messages.Push_port);
		port = WidgetNames.name(new Spinner(body, SWT.BORDER), "push.port"); //$NON-NLS-1$
		port.setValues(BrokerSettings.MQTT_PORT, 1, 65535, 0, 1, 100);
		toolkit.adapt(port);
		user = field(toolkit, body, Messages.Push_user, SWT.BORDER, "push.user"); //$NON-NLS-1$
		password = field(toolkit, body, Messages.Push_password, SWT.BORDER | SWT.PASSWORD, "push.password"); //$NON-NLS-1$
		password.setMessage(Messages.Push_passwordHint);
		topic = field(toolkit, body, Messages.Push_topic, SWT.BORDER, "push.topic"); //$NON-NLS-1$

		toolkit.createLabel(body, Messages.Push_qos);
		qos = WidgetNames.name(new Combo(body, SWT.READ_ONLY), "push.qos"); //$NON-NLS-1$
		qos.setItems("0", "1", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qos.select(PushSettings.DEFAULT_QOS);
		toolkit.adapt(qos);
		tls = WidgetNames.name(toolkit.createButton(body, Messages.Push_tls, SWT.CHECK), "push.tls"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(tls);
		trustCertificate = WidgetNames.name(toolkit.createButton(body, Messages.Push_trustCertificate, SWT.CHECK),
				"push.trustCertificate"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(4, 1).applyTo(trustCertificate);
		trustCertificate.setEnabled(false);
		tls.addListener(SWT.Selection, event -> {
			// The usual ports follow the choice unless the user picked another.
			if (port.getSelection() == (tls.getSelection() ? BrokerSettings.MQTT_PORT : BrokerSettings.MQTT_TLS_PORT)) {
				port.setSelection(tls.getSelection() ? BrokerSettings.MQTT_TLS_PORT : BrokerSettings.MQTT_PORT);
			}
			trustCertificate.setEnabled(tls.getSelection());
		});
		certificateTrust = new BrokerCertificateTrust(body.getDisplay(), BrokerCertificates.ofUser());

		toolkit.createLabel(body, Messages.Push_payload);
		payload = WidgetNames.name(new Combo(body, SWT.READ_ONLY), "push.payload"); //$NON-NLS-1$
		payload.setItems(Messages.Push_payloadLabel, Messages.Push_payloadJson);
		payload.select(0);
		toolkit.adapt(payload);
		GridDataFactory.fillDefaults().applyTo(payload);

		toolkit.createLabel(body, Messages.Push_rate);
		rate = WidgetNames.name(new Combo(body, SWT.READ_ONLY), "push.rate"); //$NON-NLS-1$
		rate.setItems(Messages.Push_rateEvery, Messages.Push_rateChange, Messages.Push_rateAtMost);
		rate.select(0);
		toolkit.adapt(rate);
		toolkit.createLabel(body, Messages.Push_perSecond);
		perSecond = WidgetNames.name(new Spinner(body, SWT.BORDER), "push.perSecond"); //$NON-NLS-1$
		perSecond.setValues(5, 1, 100, 0, 1, 5);
		toolkit.adapt(perSecond);
		rate.addListener(SWT.Selection, event -> perSecond.setEnabled(rate.getSelectionIndex() == 2));
		perSecond.setEnabled(false);

		Composite buttons = toolkit.createComposite(body);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(buttons);
		connect = WidgetNames.name(toolkit.createButton(buttons, Messages.Push_connect, SWT.PUSH), "push.connect"); //$NON-NLS-1$
		ModelCommands.bind(connect, part, ModelCommands.CONNECT_PUSH);
		disconnect = WidgetNames.name(toolkit.createButton(buttons, Messages.Push_disconnect, SWT.PUSH),
				"push.disconnect"); //$NON-NLS-1$
		ModelCommands.bind(disconnect, part, ModelCommands.DISCONNECT_PUSH);
		disconnect.setEnabled(false);
		brokerToggle = WidgetNames.name(toolkit.createButton(buttons, Messages.Push_startBroker, SWT.PUSH),
				"push.broker"); //$NON-NLS-1$
		brokerToggle.addListener(SWT.Selection, event -> ModelCommands.execute(part,
				LocalBroker.isRunning() ? ModelCommands.STOP_BROKER : ModelCommands.START_BROKER, java.util.Map.of()));

		status = WidgetNames.name(toolkit.createLabel(body, Messages.Push_notConnected, SWT.WRAP), "push.status"); //$NON-NLS-1$
		// A wrapping label must not ask for its one-line width, or the whole form gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(status);
		counts = WidgetNames.name(toolkit.createLabel(body, "", SWT.NONE), "push.counts"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(counts);
		Label arriving = toolkit.createLabel(body, Messages.Push_received);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(arriving);
		received = WidgetNames.name(new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL), "push.received"); //$NON-NLS-1$
		toolkit.adapt(received, false, false);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 80).applyTo(received);

		section.addDisposeListener(event -> closeConnections());
		updateBrokerButton();
	}

	private static Text field(FormToolkit toolkit, Composite body, String label, int style, String name) {
		toolkit.createLabel(body, label);
		Text text = WidgetNames.name(toolkit.createText(body, "", style), name); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
		return text;
	}

	public Control control() {
		return section;
	}

	/** Opens or closes the section, as its twistie does. */
	public void setExpanded(boolean expanded) {
		section.setExpanded(expanded);
	}

	/** Uses these credentials instead of the default secure storage (tests, other storages). */
	public void useCredentials(BrokerCredentials storage) {
		credentials = storage;
	}

	/**
	 * Shows the push settings of {@code shownProject} (null for none); a connection made for the
	 * project shown before is closed, since its topic was that project's.
	 */
	public void setProject(IProject shownProject, List<String> classes) {
		classNames = List.copyOf(classes);
		if (java.util.Objects.equals(shownProject, project)) {
			return;
		}
		disconnect();
		project = shownProject;
		modelName = project == null ? "" : project.getName(); //$NON-NLS-1$
		connect.setEnabled(project != null);
		if (project == null) {
			status.setText(Messages.Push_noProject);
			return;
		}
		status.setText(Messages.Push_notConnected);
		ProjectPushSettings.load(project).ifPresentOrElse(this::show, this::showDefaults);
	}

	/** The class names, in the order the model's probabilities come. */
	public void setClassNames(List<String> classes) {
		classNames = List.copyOf(classes);
	}

	private void show(PushSettings settings) {
		BrokerSettings broker = settings.broker();
		host.setText(broker.host());
		port.setSelection(broker.port());
		user.setText(broker.user());
		password.setText(broker.password());
		tls.setSelection(broker.tls());
		trustCertificate.setEnabled(broker.tls());
		trustCertificate.setSelection(broker.tls() && certificateTrust.trusts(broker));
		topic.setText(settings.topic());
		qos.select(settings.qos());
		payload.select(settings.payload() == PayloadFormat.JSON ? 1 : 0);
		PushRate pushRate = settings.rate();
		rate.select(pushRate.mode().ordinal());
		perSecond.setEnabled(pushRate.mode() == PushRate.Mode.AT_MOST);
		if (pushRate.mode() == PushRate.Mode.AT_MOST) {
			perSecond.setSelection((int) Math.max(1, Math.round(pushRate.perSecond())));
		}
	}

	/** The built-in broker if nothing listens on 1883 here, else SIoT on the UNIHIKER: a probe, so in the background. */
	private void showDefaults() {
		host.setText(""); //$NON-NLS-1$
		topic.setText(PushSettings.defaultTopic(project.getName()));
		IProject asked = project;
		Display display = section.getDisplay();
		Job probe = Job.create(Messages.Push_defaultsJob, (IProgressMonitor monitor) -> {
			DefaultBroker.Choice choice = LocalBroker.isRunning()
					? new DefaultBroker.Choice(BrokerSettings.siot(DefaultBroker.LOCAL_HOST, LocalBroker.port()), true)
					: DefaultBroker.choose();
			display.asyncExec(() -> {
				// Only into fields nobody has filled in meanwhile.
				if (!section.isDisposed() && asked.equals(project) && host.getText().isEmpty()) {
					show(PushSettings.defaults(choice.broker(), project.getName()).withTopic(topic.getText()));
				}
			});
			return Status.OK_STATUS;
		});
		probe.setSystem(true);
		probe.schedule();
	}

	/** The settings the fields describe; the status says what is wrong when they describe none. */
	private PushSettings settings() {
		if (host.getText().isBlank()) {
			status.setText(Messages.Push_noHost);
			return null;
		}
		try {
			PushSettings.checkTopic(topic.getText().strip());
		} catch (PushSettingsException e) {
			status.setText(e.getMessage());
			return null;
		}
		BrokerSettings broker = new BrokerSettings(host.getText().strip(), port.getSelection(), user.getText().strip(),
				password.getText(), tls.getSelection());
		PushRate pushRate = switch (rate.getSelectionIndex()) {
		case 1 -> PushRate.onLabelChange();
		case 2 -> PushRate.atMost(perSecond.getSelection());
		default -> PushRate.everyResult();
		};
		return new PushSettings(broker, topic.getText().strip(), qos.getSelectionIndex(),
				payload.getSelectionIndex() == 1 ? PayloadFormat.JSON : PayloadFormat.LABEL, pushRate);
	}

	/** Connects with what the fields say, as the Connect button does. */
	public void connect() {
		PushSettings settings = settings();
		if (settings == null || project == null) {
			return;
		}
		disconnect();
		int attempt = ++generation;
		IProject forProject = project;
		connect.setEnabled(false);
		disconnect.setEnabled(true);
		ModelBenchState.update(ModelBenchState.PUSH_CONNECTED, true);
		status.setText(NLS.bind(Messages.Push_connecting, settings.broker().address()));
		Display display = section.getDisplay();
		boolean trustWanted = trustCertificate.getSelection();
		// Secure storage may ask for its master password, and the default broker needs a port probe.
		Job job = Job.create(Messages.Push_connectJob, (IProgressMonitor monitor) -> {
			String note = keep(forProject, settings);
			PushSettings used = withPassword(settings);
			try {
				used = used.withBroker(certificateTrust.apply(used.broker(), trustWanted));
			} catch (IOException e) {
				display.asyncExec(() -> {
					if (!section.isDisposed() && attempt == generation) {
						status.setText(e.getMessage());
						connect.setEnabled(true);
						disconnect.setEnabled(false);
					}
				});
				return Status.OK_STATUS;
			}
			if (startsBuiltInBroker(used.broker())) {
				try {
					LocalBroker.start(used.broker().port());
					display.asyncExec(this::updateBrokerButton);
				} catch (BrokerStartException e) {
					note = e.getMessage();
				}
			}
			ResultPublisher started = ResultPublisher.start(used);
			TopicSubscriber listening = TopicSubscriber.open(used.broker(), used.topic(), used.qos(),
					message -> display.asyncExec(() -> arrived(message)));
			String shownNote = note;
			display.asyncExec(() -> {
				if (section.isDisposed() || attempt != generation) {
					started.close();
					listening.close();
					return;
				}
				publisher = started;
				subscriber = listening;
				started.addConnectionListener(changed -> display.asyncExec(() -> statusChanged(started, changed, shownNote)));
				refreshCounts(started);
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Whether {@code broker} is this computer's and nothing listens there: the built-in broker is the default then. */
	private static boolean startsBuiltInBroker(BrokerSettings broker) {
		return DefaultBroker.LOCAL_HOST.equals(broker.host()) && !broker.tls()
				&& BrokerSettings.SIOT_USER.equals(broker.user())
				&& !DefaultBroker.isListening(new InetSocketAddress(broker.host(), broker.port()));
	}

	/** Saves the settings with the project and the password in secure storage; a note for the user if that failed. */
	private String keep(IProject forProject, PushSettings settings) {
		String note = null;
		try {
			ProjectPushSettings.save(forProject, settings.withBroker(settings.broker().withPassword(""))); //$NON-NLS-1$
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			note = e.getMessage();
		}
		if (!settings.broker().password().isEmpty()) {
			try {
				credentials().save(settings.broker());
			} catch (CredentialsException e) {
				note = NLS.bind(Messages.Push_passwordNotKept, e.getMessage());
			}
		}
		return note;
	}

	private PushSettings withPassword(PushSettings settings) {
		try {
			return settings.withBroker(credentials().withStoredPassword(settings.broker()));
		} catch (CredentialsException e) {
			return settings;
		}
	}

	private BrokerCredentials credentials() throws CredentialsException {
		if (credentials == null) {
			credentials = new BrokerCredentials();
		}
		return credentials;
	}

	private void statusChanged(ResultPublisher from, ConnectionStatus changed, String note) {
		if (section.isDisposed() || from != publisher) {
			return;
		}
		status.setText(note == null ? changed.message() : changed.message() + '\n' + note);
		status.getParent().layout(true);
	}

	/** The sent and dropped counts, kept fresh while connected. */
	private void refreshCounts(ResultPublisher shown) {
		if (section.isDisposed() || shown != publisher) {
			return;
		}
		counts.setText(NLS.bind(Messages.Push_counts, shown.sentCount(), shown.droppedCount()));
		section.getDisplay().timerExec(COUNT_REFRESH_MS, () -> refreshCounts(shown));
	}

	private void arrived(ReceivedMessage message) {
		if (received.isDisposed()) {
			return;
		}
		received.add(ARRIVAL.format(message.time() == null ? Instant.now() : message.time()) + "  " + message.text(), 0); //$NON-NLS-1$
		while (received.getItemCount() > RECEIVED_SHOWN) {
			received.remove(RECEIVED_SHOWN);
		}
	}

	/** Closes the connection, as the Disconnect button does. */
	public void disconnect() {
		generation++;
		closeConnections();
		ModelBenchState.update(ModelBenchState.PUSH_CONNECTED, false);
		if (!section.isDisposed()) {
			connect.setEnabled(project != null);
			disconnect.setEnabled(false);
			status.setText(project == null ? Messages.Push_noProject : Messages.Push_notConnected);
			counts.setText(""); //$NON-NLS-1$
		}
	}

	private void closeConnections() {
		ResultPublisher closing = publisher;
		TopicSubscriber closingSubscriber = subscriber;
		publisher = null;
		subscriber = null;
		if (closing != null || closingSubscriber != null) {
			// Closing waits for their threads: not on the UI thread.
			Thread.ofVirtual().name("Model Bench MQTT disconnect").start(() -> { //$NON-NLS-1$
				if (closing != null) {
					closing.close();
				}
				if (closingSubscriber != null) {
					closingSubscriber.close();
				}
			});
		}
	}

	/** Starts the built-in broker in the background, on the port the fields name if they name this computer. */
	public void startBroker() {
		runBroker(true);
	}

	/** Stops the built-in broker. */
	public void stopBroker() {
		runBroker(false);
	}

	private void runBroker(boolean start) {
		Display display = section.getDisplay();
		brokerToggle.setEnabled(false);
		int wanted = DefaultBroker.LOCAL_HOST.equals(host.getText().strip()) ? port.getSelection() : BrokerSettings.MQTT_PORT;
		Job job = Job.create(Messages.Push_brokerJob, (IProgressMonitor monitor) -> {
			String outcome;
			if (start) {
				try {
					outcome = NLS.bind(Messages.Push_brokerStarted, LocalBroker.start(wanted).settings().port());
				} catch (BrokerStartException e) {
					outcome = e.getMessage();
				}
			} else {
				LocalBroker.stop();
				outcome = Messages.Push_brokerStopped;
			}
			String shown = outcome;
			display.asyncExec(() -> {
				if (!section.isDisposed()) {
					status.setText(shown);
					updateBrokerButton();
					status.getParent().layout(true);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void updateBrokerButton() {
		if (!brokerToggle.isDisposed()) {
			brokerToggle.setText(LocalBroker.isRunning() ? Messages.Push_stopBroker : Messages.Push_startBroker);
			ModelBenchState.update(ModelBenchState.BROKER_RUNNING, LocalBroker.isRunning());
			brokerToggle.setEnabled(true);
			brokerToggle.getParent().layout(true);
		}
	}

	/**
	 * Pushes one prediction if connected; returns at once. Called on the prediction threads.
	 *
	 * @param probabilities every class's probability, in the order of the class names
	 */
	public void publish(String label, double confidence, float[] probabilities) {
		ResultPublisher current = publisher;
		List<String> classes = classNames;
		if (current == null) {
			return;
		}
		String model = modelName;
		LiveResult result = classes.size() == probabilities.length
				? LiveResult.of(label, confidence, classes, probabilities, Instant.now(), model)
				: new LiveResult(label, confidence, java.util.Map.of(), Instant.now(), model);
		current.publish(result);
	}
}
