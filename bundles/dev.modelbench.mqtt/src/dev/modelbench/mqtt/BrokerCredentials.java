package dev.modelbench.mqtt;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.Messages;

/**
 * Broker passwords, kept encrypted in Eclipse secure storage under the user and broker they belong
 * to, so that project files and push addresses can go without them.
 */
public final class BrokerCredentials {

	private static final String NODE = "dev.modelbench.mqtt/brokers"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final ISecurePreferences brokers;

	/** The passwords in the user's default secure storage. */
	public BrokerCredentials() throws CredentialsException {
		this(defaultStorage());
	}

	/** The passwords under {@code storage}, for tests and for storages opened elsewhere. */
	public BrokerCredentials(ISecurePreferences storage) {
		this.brokers = storage.node(NODE);
	}

	/** Keeps the password of {@code broker}'s user, replacing one kept before. */
	public void save(BrokerSettings broker) throws CredentialsException {
		try {
			brokers.node(key(broker.host(), broker.port(), broker.user())).put(PASSWORD, broker.password(), true);
			brokers.flush();
		} catch (StorageException | IOException e) {
			throw new CredentialsException(NLS.bind(Messages.Credentials_saveFailed, e.getMessage()), e);
		}
	}

	/** The password kept for {@code user} at {@code host:port}, if any. */
	public Optional<String> password(String host, int port, String user) throws CredentialsException {
		String key = key(host, port, user);
		if (!brokers.nodeExists(key)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(brokers.node(key).get(PASSWORD, null));
		} catch (StorageException e) {
			throw new CredentialsException(NLS.bind(Messages.Credentials_readFailed, e.getMessage()), e);
		}
	}

	/** {@code broker} with its kept password if it has none of its own; unchanged otherwise. */
	public BrokerSettings withStoredPassword(BrokerSettings broker) throws CredentialsException {
		if (!broker.password().isEmpty()) {
			return broker;
		}
		return password(broker.host(), broker.port(), broker.user()).map(broker::withPassword).orElse(broker);
	}

	/** Forgets the password of {@code user} at {@code host:port}. */
	public void forget(String host, int port, String user) throws CredentialsException {
		String key = key(host, port, user);
		if (brokers.nodeExists(key)) {
			brokers.node(key).removeNode();
			try {
				brokers.flush();
			} catch (IOException e) {
				throw new CredentialsException(NLS.bind(Messages.Credentials_saveFailed, e.getMessage()), e);
			}
		}
	}

	/** One node per login; a node name must not hold '/', which an IPv6 host or user name might. */
	private static String key(String host, int port, String user) {
		return EncodingUtils.encodeSlashes(user + '@' + host + ':' + port);
	}

	private static ISecurePreferences defaultStorage() throws CredentialsException {
		ISecurePreferences storage = SecurePreferencesFactory.getDefault();
		if (storage == null) {
			throw new CredentialsException(Messages.Credentials_noStorage, null);
		}
		return storage;
	}
}
