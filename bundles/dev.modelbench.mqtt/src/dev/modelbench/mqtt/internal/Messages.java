package dev.modelbench.mqtt.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.mqtt.internal.messages"; //$NON-NLS-1$

	public static String Uri_empty;
	public static String Uri_malformed;
	public static String Uri_scheme;
	public static String Uri_noHost;
	public static String Uri_badPort;
	public static String Uri_badEscape;
	public static String Uri_unknownOption;
	public static String Uri_badQos;
	public static String Topic_empty;
	public static String Topic_wildcard;
	public static String Topic_tooLong;
	public static String Payload_unknown;
	public static String Rate_unknown;
	public static String Rate_notPositive;
	public static String Status_connecting;
	public static String Status_connected;
	public static String Status_retrying;
	public static String Status_closed;
	public static String Failure_credentials;
	public static String Failure_notAuthorized;
	public static String Failure_protocol;
	public static String Failure_clientId;
	public static String Failure_unavailable;
	public static String Failure_nothingListens;
	public static String Failure_unknownHost;
	public static String Failure_noRoute;
	public static String Failure_timeout;
	public static String Failure_tls;
	public static String Failure_certificateChanged;
	public static String Failure_untrustedCertificate;
	public static String Fingerprint_malformed;
	public static String Failure_connectionLost;
	public static String Failure_other;
	public static String Failure_subscribe;
	public static String Credentials_noStorage;
	public static String Credentials_saveFailed;
	public static String Credentials_readFailed;
	public static String Broker_portInUse;
	public static String Broker_startFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
