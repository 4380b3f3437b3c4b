package dev.modelbench.ui.push;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the Result Push panel, from messages.properties (and its translations). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.ui.push.messages"; //$NON-NLS-1$

	public static String Push_section;
	public static String Push_description;
	public static String Push_host;
	public static String Push_port;
	public static String Push_user;
	public static String Push_password;
	public static String Push_passwordHint;
	public static String Push_topic;
	public static String Push_qos;
	public static String Push_tls;
	public static String Push_payload;
	public static String Push_payloadLabel;
	public static String Push_payloadJson;
	public static String Push_rate;
	public static String Push_rateEvery;
	public static String Push_rateChange;
	public static String Push_rateAtMost;
	public static String Push_perSecond;
	public static String Push_connect;
	public static String Push_disconnect;
	public static String Push_startBroker;
	public static String Push_stopBroker;
	public static String Push_notConnected;
	public static String Push_counts;
	public static String Push_badPort;
	public static String Push_noHost;
	public static String Push_passwordNotKept;
	public static String Push_brokerStarted;
	public static String Push_brokerStopped;
	public static String Push_connectJob;
	public static String Push_brokerJob;
	public static String Push_defaultsJob;
	public static String Push_received;
	public static String Push_noProject;
	public static String Push_connecting;

	public static String Push_trustCertificate;
	public static String Push_trustTitle;
	public static String Push_trustQuestion;
	public static String Push_trustButton;
	public static String Push_certificateUnavailable;
	public static String Push_certificateNotTrusted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
