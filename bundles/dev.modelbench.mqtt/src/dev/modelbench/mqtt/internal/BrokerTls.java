package dev.modelbench.mqtt.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.BrokerSettings;

/**
 * The TLS sockets to a broker: the JDK's trusted authorities verify its certificate, unless the
 * user trusts that broker's one certificate explicitly; then exactly that certificate is accepted.
 */
final class BrokerTls {

	private BrokerTls() {
	}

	static SocketFactory socketFactory(BrokerSettings broker) {
		if (broker.trustedCertificate().isEmpty()) {
			return SSLSocketFactory.getDefault();
		}
		try {
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(null, new TrustManager[] { new PinnedCertificate(broker) }, null);
			return context.getSocketFactory();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java has TLS", e); //$NON-NLS-1$
		}
	}

	/** Whether the broker's name need not be in its certificate: a pinned certificate is the identity. */
	static boolean checksHostName(BrokerSettings broker) {
		return broker.trustedCertificate().isEmpty();
	}

	private static final class PinnedCertificate implements X509TrustManager {

		private final BrokerSettings broker;

		PinnedCertificate(BrokerSettings broker) {
			this.broker = broker;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			String shown = BrokerCertificates.fingerprint(chain[0]);
			if (!shown.equals(broker.trustedCertificate())) {
				throw new CertificateException(NLS.bind(Messages.Failure_certificateChanged, shown,
						broker.trustedCertificate()));
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("a client only checks servers"); //$NON-NLS-1$
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
