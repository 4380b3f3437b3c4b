package dev.modelbench.mqtt;

import java.util.Objects;

/**
 * Where an MQTT broker is and how to log in to it. The password is kept in Eclipse secure storage
 * ({@link BrokerCredentials}), never in a project file, and {@link #toString()} leaves it out.
 *
 * @param host     host name or IP address
 * @param port     TCP port
 * @param user     user name; empty to connect without one
 * @param password password; empty for none
 * @param tls      whether to connect over TLS
 * @param trustedCertificate the SHA-256 fingerprint of the one certificate the user trusts for this
 *                 broker (see {@link BrokerCertificates}); empty to verify the certificate as usual
 */
public record BrokerSettings(String host, int port, String user, String password, boolean tls,
		String trustedCertificate) {

	/** The plain MQTT port, SIoT's. */
	public static final int MQTT_PORT = 1883;
	/** The usual port of MQTT over TLS. */
	public static final int MQTT_TLS_PORT = 8883;
	/** SIoT's user unless its owner changed it. */
	public static final String SIOT_USER = "siot"; //$NON-NLS-1$
	/** SIoT's password unless its owner changed it. */
	public static final String SIOT_PASSWORD = "dfrobot"; //$NON-NLS-1$

	public BrokerSettings {
		Objects.requireNonNull(host, "host"); //$NON-NLS-1$
		if (host.isBlank()) {
			throw new IllegalArgumentException("host is blank"); //$NON-NLS-1$
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port out of range: " + port); //$NON-NLS-1$
		}
		user = user == null ? "" : user; //$NON-NLS-1$
		password = password == null ? "" : password; //$NON-NLS-1$
		trustedCertificate = trustedCertificate == null ? "" : trustedCertificate; //$NON-NLS-1$
	}

	/** A broker whose TLS certificate, if any, is verified as usual. */
	public BrokerSettings(String host, int port, String user, String password, boolean tls) {
		this(host, port, user, password, tls, ""); //$NON-NLS-1$
	}

	/** A broker with SIoT's default login, without TLS. */
	public static BrokerSettings siot(String host, int port) {
		return new BrokerSettings(host, port, SIOT_USER, SIOT_PASSWORD, false);
	}

	public BrokerSettings withLogin(String newUser, String newPassword) {
		return new BrokerSettings(host, port, newUser, newPassword, tls, trustedCertificate);
	}

	public BrokerSettings withPassword(String newPassword) {
		return new BrokerSettings(host, port, user, newPassword, tls, trustedCertificate);
	}

	/** This broker, accepting the TLS certificate with {@code fingerprint} (empty: verify as usual). */
	public BrokerSettings withTrustedCertificate(String fingerprint) {
		return new BrokerSettings(host, port, user, password, tls, fingerprint);
	}

	/** {@code host:port}, as messages name the broker. */
	public String address() {
		return (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + port;
	}

	@Override
	public String toString() {
		return (tls ? "mqtts://" : "mqtt://") + (user.isEmpty() ? "" : user + "@") + address(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
