package dev.modelbench.mqtt.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;

import javax.net.ssl.SSLException;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.MqttException;

import dev.modelbench.mqtt.BrokerSettings;

/** Says in the user's words why a broker could not be used, from what Paho reports. */
public final class FailureMessage {

	private FailureMessage() {
	}

	/**
	 * Whether the broker itself answered no: a login or protocol refusal, which retrying with the
	 * same settings cannot change.
	 */
	public static boolean isRefusal(MqttException failure) {
		return switch (failure.getReasonCode()) {
		case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION, MqttException.REASON_CODE_INVALID_CLIENT_ID,
				MqttException.REASON_CODE_FAILED_AUTHENTICATION, MqttException.REASON_CODE_NOT_AUTHORIZED -> true;
		default -> false;
		};
	}

	public static String explain(MqttException failure, BrokerSettings broker, long connectTimeoutSeconds) {
		String address = broker.address();
		switch (failure.getReasonCode()) {
		case MqttException.REASON_CODE_FAILED_AUTHENTICATION:
			return NLS.bind(Messages.Failure_credentials, address, broker.user());
		case MqttException.REASON_CODE_NOT_AUTHORIZED:
			return NLS.bind(Messages.Failure_notAuthorized, address, broker.user());
		case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION:
			return NLS.bind(Messages.Failure_protocol, address);
		case MqttException.REASON_CODE_INVALID_CLIENT_ID:
			return NLS.bind(Messages.Failure_clientId, address);
		case MqttException.REASON_CODE_BROKER_UNAVAILABLE:
			return NLS.bind(Messages.Failure_unavailable, address);
		case MqttException.REASON_CODE_CLIENT_TIMEOUT, MqttException.REASON_CODE_CONNECT_IN_PROGRESS:
			// In progress: Paho still waits for the answer to an attempt that timed out on this side.
			return NLS.bind(Messages.Failure_timeout, address, connectTimeoutSeconds);
		case MqttException.REASON_CODE_CONNECTION_LOST, MqttException.REASON_CODE_CLIENT_NOT_CONNECTED:
			return NLS.bind(Messages.Failure_connectionLost, address);
		default:
			return explainCause(failure, broker, connectTimeoutSeconds);
		}
	}

	/** Whether the JDK found no trusted authority behind the broker's certificate (a self-signed one). */
	private static boolean signedByNoKnownAuthority(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
				return true;
			}
		}
		return false;
	}

	private static String explainCause(MqttException failure, BrokerSettings broker, long connectTimeoutSeconds) {
		String address = broker.address();
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownHostException) {
				return NLS.bind(Messages.Failure_unknownHost, broker.host());
			}
			if (cause instanceof NoRouteToHostException
					|| cause instanceof ConnectException && String.valueOf(cause.getMessage()).contains("unreachable")) { //$NON-NLS-1$
				return NLS.bind(Messages.Failure_noRoute, address);
			}
			if (cause instanceof ConnectException) {
				return NLS.bind(Messages.Failure_nothingListens, address);
			}
			if (cause instanceof SocketTimeoutException) {
				return NLS.bind(Messages.Failure_timeout, address, connectTimeoutSeconds);
			}
			if (cause instanceof SSLException) {
				return signedByNoKnownAuthority(cause) ? NLS.bind(Messages.Failure_untrustedCertificate, address)
						: NLS.bind(Messages.Failure_tls, address, cause.getMessage());
			}
		}
		Throwable root = failure.getCause() != null ? failure.getCause() : failure;
		String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
		// A broker without TLS on this port just drops the handshake ("Connection reset").
		return NLS.bind(broker.tls() ? Messages.Failure_tls : Messages.Failure_other, address, detail);
	}
}
