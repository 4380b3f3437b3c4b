package dev.modelbench.ui.push;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.PushSettingsException;

/**
 * A project's push settings, in its {@code .settings} folder so they travel with the project; the
 * password never does (it is kept in Eclipse secure storage by {@code BrokerCredentials}).
 */
public final class ProjectPushSettings {

	/** The preference node, also the name of the file under {@code .settings/}. */
	public static final String NODE = "dev.modelbench.ui.push"; //$NON-NLS-1$
	private static final String HOST = "host"; //$NON-NLS-1$
	private static final String PORT = "port"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String TLS = "tls"; //$NON-NLS-1$
	private static final String TOPIC = "topic"; //$NON-NLS-1$
	private static final String QOS = "qos"; //$NON-NLS-1$
	private static final String PAYLOAD = "payload"; //$NON-NLS-1$
	private static final String RATE = "rate"; //$NON-NLS-1$

	private ProjectPushSettings() {
	}

	/** What the project saved, without a password; empty when it saved nothing or something unreadable. */
	public static Optional<PushSettings> load(IProject project) {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		String host = node.get(HOST, ""); //$NON-NLS-1$
		if (host.isBlank()) {
			return Optional.empty();
		}
		try {
			BrokerSettings broker = new BrokerSettings(host, node.getInt(PORT, BrokerSettings.MQTT_PORT),
					node.get(USER, ""), "", node.getBoolean(TLS, false)); //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.of(new PushSettings(broker, node.get(TOPIC, PushSettings.defaultTopic(project.getName())),
					node.getInt(QOS, PushSettings.DEFAULT_QOS), PayloadFormat.parse(node.get(PAYLOAD, "label")), //$NON-NLS-1$
					PushRate.parse(node.get(RATE, "every")))); //$NON-NLS-1$
		} catch (PushSettingsException | IllegalArgumentException e) {
			return Optional.empty(); // edited by hand into nonsense: start from the defaults
		}
	}

	/** Keeps {@code settings} for the project, leaving the password out. */
	public static void save(IProject project, PushSettings settings) throws BackingStoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		BrokerSettings broker = settings.broker();
		node.put(HOST, broker.host());
		node.putInt(PORT, broker.port());
		node.put(USER, broker.user());
		node.putBoolean(TLS, broker.tls());
		node.put(TOPIC, settings.topic());
		node.putInt(QOS, settings.qos());
		node.put(PAYLOAD, settings.payload().keyword());
		node.put(RATE, settings.rate().keyword());
		node.flush();
	}
}
