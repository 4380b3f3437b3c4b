package dev.modelbench.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.persistence.ModelFileWriter;
import dev.modelbench.mqtt.internal.Messages;

/**
 * The TLS certificates a user trusts explicitly, one per broker ({@code host:port}): a classroom
 * broker's self-signed certificate, which no authority vouches for. Kept in a file of the user's
 * (Eclipse keeps it in the workspace's plug-in state), never in a project. Every other broker's
 * certificate is verified as usual.
 */
public final class BrokerCertificates {

	private static final String FILE = "trusted_broker_certificates.properties"; //$NON-NLS-1$

	private final Path file;
	private final ModelFileWriter writer;

	public BrokerCertificates(Path file) {
		this(file, new AtomicFileWriter());
	}

	/** Keeps the certificates in {@code file}, written by {@code writer} (tests inject failures there). */
	public BrokerCertificates(Path file, ModelFileWriter writer) {
		this.file = file;
		this.writer = writer;
	}

	/** The certificates trusted by the user running this Eclipse, in this bundle's state location. */
	public static BrokerCertificates ofUser() {
		return new BrokerCertificates(Platform.getStateLocation(FrameworkUtil.getBundle(BrokerCertificates.class))
				.toPath().resolve(FILE));
	}

	/** The fingerprint of the certificate trusted for {@code host:port}, if one is. */
	public Optional<String> trusted(String host, int port) throws IOException {
		return Optional.ofNullable(load().getProperty(key(host, port)));
	}

	/** {@code broker} accepting the certificate the user trusts for it, if any. */
	public BrokerSettings applyTo(BrokerSettings broker) throws IOException {
		return broker.withTrustedCertificate(trusted(broker.host(), broker.port()).orElse("")); //$NON-NLS-1$
	}

	/** Trusts the certificate with {@code fingerprint} for {@code host:port} from now on, instead of any before. */
	public void trust(String host, int port, String fingerprint) throws IOException {
		Properties trusted = load();
		trusted.setProperty(key(host, port), fingerprint);
		save(trusted);
	}

	/** Verifies {@code host:port}'s certificate as usual again. */
	public void forget(String host, int port) throws IOException {
		Properties trusted = load();
		if (trusted.remove(key(host, port)) != null) {
			save(trusted);
		}
	}

	/**
	 * The SHA-256 fingerprint of the certificate a TLS broker shows, for the user to compare before
	 * trusting it (as {@code openssl x509 -fingerprint -sha256} prints it). Nothing is sent but the
	 * TLS handshake.
	 */
	public static String fetchFingerprint(String host, int port, Duration timeout) throws IOException {
		X509Certificate[] shown = new X509Certificate[1];
		handshake(host, port, timeout, new RecordingTrustManager(shown));
		if (shown[0] == null) {
			throw new IOException("no certificate"); //$NON-NLS-1$
		}
		return fingerprint(shown[0]);
	}

	/**
	 * The fingerprint of {@code host:port}'s certificate if this computer's authorities do not vouch
	 * for it (a self-signed one); empty when they do. Nothing is sent but the TLS handshake.
	 *
	 * @throws IOException when no TLS handshake could be made (nothing listens, no TLS there)
	 */
	public static Optional<String> unvouchedFingerprint(String host, int port, Duration timeout) throws IOException {
		X509Certificate[] refused = new X509Certificate[1];
		X509TrustManager usual;
		try {
			TrustManagerFactory authorities = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			authorities.init((KeyStore) null);
			usual = (X509TrustManager) authorities.getTrustManagers()[0];
		} catch (GeneralSecurityException e) {
			throw new IOException(e.getMessage(), e);
		}
		try {
			handshake(host, port, timeout, new RefusalRecorder(usual, refused));
		} catch (IOException e) {
			if (refused[0] == null) {
				throw e;
			}
		}
		return Optional.ofNullable(refused[0]).map(BrokerCertificates::fingerprint);
	}

	/** A TLS handshake with {@code host:port} whose certificate {@code manager} checks; then the socket is closed. */
	private static void handshake(String host, int port, Duration timeout, TrustManager manager) throws IOException {
		try {
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(null, new TrustManager[] { manager }, null);
			try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
				socket.connect(new java.net.InetSocketAddress(host, port), (int) timeout.toMillis());
				socket.setSoTimeout((int) timeout.toMillis());
				socket.startHandshake();
			}
		} catch (GeneralSecurityException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * {@code text} as a fingerprint is written here, {@code AB:CD:...}: upper or lower case, with or
	 * without colons (as {@code openssl} or {@code sha256sum} print it).
	 *
	 * @throws PushSettingsException with a message for the user when it is no SHA-256 fingerprint
	 */
	public static String parseFingerprint(String text) throws PushSettingsException {
		String hex = text.strip().replace(":", "").toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		if (!hex.matches("[0-9A-F]{64}")) { //$NON-NLS-1$
			throw new PushSettingsException(NLS.bind(Messages.Fingerprint_malformed, text));
		}
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex)); //$NON-NLS-1$
	}

	/** {@code AB:CD:...}, the SHA-256 digest of the certificate's encoding in upper-case hex pairs. */
	public static String fingerprint(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
		}
	}

	private Properties load() throws IOException {
		Properties trusted = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				trusted.load(in);
			}
		}
		return trusted;
	}

	/** A write that fails half-way (a full disk) leaves the old file whole. */
	private void save(Properties trusted) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		writer.write(file, out -> trusted.store(out, "TLS certificates trusted explicitly, by broker")); //$NON-NLS-1$
	}

	private static String key(String host, int port) {
		return host + ':' + port;
	}

	/** Verifies as the JDK does, keeping the certificate it refuses. */
	private static final class RefusalRecorder implements X509TrustManager {

		private final X509TrustManager usual;
		private final X509Certificate[] refused;

		RefusalRecorder(X509TrustManager usual, X509Certificate[] refused) {
			this.usual = usual;
			this.refused = refused;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			try {
				usual.checkServerTrusted(chain, authType);
			} catch (CertificateException e) {
				refused[0] = chain[0];
				throw e;
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException();
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return usual.getAcceptedIssuers();
		}
	}

	/** Accepts any chain, only to show its certificate; never used for a connection that sends data. */
	private static final class RecordingTrustManager implements X509TrustManager {

		private final X509Certificate[] shown;

		RecordingTrustManager(X509Certificate[] shown) {
			this.shown = shown;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			shown[0] = chain[0];
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException();
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
