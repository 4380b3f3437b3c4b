package dev.modelbench.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.Messages;
import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.PermitAllAuthorizatorPolicy;

/**
 * An MQTT 3.1.1 broker inside Model Bench (Moquette), for classrooms without SIoT: boards on the
 * same network subscribe to it as they would to SIoT, with the same login. It keeps nothing on disk
 * and sends nothing anywhere. Its threads are not daemons: {@link #stop()} it when done.
 */
public final class EmbeddedBroker implements AutoCloseable {

	/** Moquette tells every start and stop at INFO; only its warnings are worth a user's console. */
	private static final Logger MOQUETTE_LOG = Logger.getLogger("io.moquette"); //$NON-NLS-1$
	private static final String NETTY_NO_UNSAFE = "io.netty.noUnsafe"; //$NON-NLS-1$

	static {
		MOQUETTE_LOG.setLevel(Level.WARNING);
		// Java 24 and newer warn on the console when Netty uses sun.misc.Unsafe; a classroom broker
		// does not need the speed it buys. Netty reads this once, when it first loads.
		if (System.getProperty(NETTY_NO_UNSAFE) == null) {
			System.setProperty(NETTY_NO_UNSAFE, Boolean.TRUE.toString());
		}
	}

	/**
	 * Where the broker listens and the one login it accepts.
	 *
	 * @param bindHost the address to listen on; {@code 0.0.0.0} for every network of this computer
	 * @param port     the TCP port
	 * @param user     the user name boards log in with
	 * @param password its password
	 */
	public record Settings(String bindHost, int port, String user, String password) {

		/** All networks, port 1883, SIoT's login: what boards programmed for SIoT expect. */
		public static final Settings DEFAULT = new Settings("0.0.0.0", BrokerSettings.MQTT_PORT, //$NON-NLS-1$
				BrokerSettings.SIOT_USER, BrokerSettings.SIOT_PASSWORD);

		public Settings {
			Objects.requireNonNull(bindHost, "bindHost"); //$NON-NLS-1$
			Objects.requireNonNull(user, "user"); //$NON-NLS-1$
			Objects.requireNonNull(password, "password"); //$NON-NLS-1$
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("port out of range: " + port); //$NON-NLS-1$
			}
		}

		public Settings withBindHost(String host) {
			return new Settings(host, port, user, password);
		}

		public Settings withPort(int newPort) {
			return new Settings(bindHost, newPort, user, password);
		}

		@Override
		public String toString() {
			return user + "@" + bindHost + ':' + port; //$NON-NLS-1$
		}
	}

	private final Settings settings;
	private final Server server;
	private volatile boolean running;

	private EmbeddedBroker(Settings settings, Server server) {
		this.settings = settings;
		this.server = server;
		this.running = true;
	}

	/** Starts a broker; it listens once this returns. */
	public static EmbeddedBroker start(Settings settings) throws BrokerStartException {
		// Moquette only logs a port it cannot bind and carries on deaf, so find out first.
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress(settings.bindHost(), settings.port()));
		} catch (IOException e) {
			throw new BrokerStartException(NLS.bind(Messages.Broker_portInUse, settings.port(), settings.bindHost()), e);
		}
		Properties config = new Properties();
		config.setProperty(BrokerConstants.HOST_PROPERTY_NAME, settings.bindHost());
		config.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(settings.port()));
		config.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
		config.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, Boolean.FALSE.toString());
		config.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, Boolean.FALSE.toString());
		// Moquette would otherwise report this computer to its makers' server.
		config.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, Boolean.FALSE.toString());
		Server server = new Server();
		try {
			server.startServer(new MemoryConfig(config), List.of(), null, new Login(settings.user(), settings.password()),
					new PermitAllAuthorizatorPolicy());
		} catch (IOException | RuntimeException e) {
			server.stopServer();
			throw new BrokerStartException(NLS.bind(Messages.Broker_startFailed,
					new Object[] { settings.port(), settings.bindHost(), e.getMessage() }), e);
		}
		EmbeddedBroker broker = new EmbeddedBroker(settings, server);
		BrokerSettings local = broker.localClientSettings();
		if (!DefaultBroker.isListening(new InetSocketAddress(local.host(), local.port()))) {
			// Another program took the port between the check above and Moquette's bind.
			broker.stop();
			throw new BrokerStartException(NLS.bind(Messages.Broker_portInUse, settings.port(), settings.bindHost()), null);
		}
		return broker;
	}

	public Settings settings() {
		return settings;
	}

	/** How a client on this computer reaches the broker, with its login. */
	public BrokerSettings localClientSettings() {
		String host = settings.bindHost().equals("0.0.0.0") ? DefaultBroker.LOCAL_HOST : settings.bindHost(); //$NON-NLS-1$
		return new BrokerSettings(host, settings.port(), settings.user(), settings.password(), false);
	}

	public boolean isRunning() {
		return running;
	}

	/** Disconnects every client and stops the broker's threads; does nothing if already stopped. */
	public synchronized void stop() {
		if (running) {
			running = false;
			server.stopServer();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/** Accepts the one configured login, compared in constant time. */
	private record Login(String user, String password) implements IAuthenticator {

		@Override
		public boolean checkValid(String clientId, String username, byte[] password) {
			return username != null && password != null
					&& MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8), username.getBytes(StandardCharsets.UTF_8))
					&& MessageDigest.isEqual(this.password.getBytes(StandardCharsets.UTF_8), password);
		}
	}
}
