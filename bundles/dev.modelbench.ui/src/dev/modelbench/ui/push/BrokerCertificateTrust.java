package dev.modelbench.ui.push;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.BrokerSettings;

/**
 * "Trust this broker's certificate": the first time, the broker's certificate is fetched and its
 * fingerprint shown for the user to confirm; the answer is kept per broker for this user. Runs in
 * the connect job; the question opens on the UI thread.
 */
final class BrokerCertificateTrust {

	private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

	private final Display display;
	private final BrokerCertificates certificates;

	BrokerCertificateTrust(Display display, BrokerCertificates certificates) {
		this.display = display;
		this.certificates = certificates;
	}

	/** Whether the user trusts {@code broker}'s certificate explicitly. */
	boolean trusts(BrokerSettings broker) {
		try {
			return certificates.trusted(broker.host(), broker.port()).isPresent();
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * {@code broker} as the user wants it verified: with the trusted certificate when {@code wanted}
	 * (asking first if none is kept yet), otherwise forgetting any kept one.
	 *
	 * @throws IOException with a message for the user when the certificate cannot be read or is not trusted
	 */
	BrokerSettings apply(BrokerSettings broker, boolean wanted) throws IOException {
		if (!broker.tls()) {
			return broker;
		}
		if (!wanted) {
			certificates.forget(broker.host(), broker.port());
			return broker;
		}
		if (!trusts(broker)) {
			String fingerprint;
			try {
				fingerprint = BrokerCertificates.fetchFingerprint(broker.host(), broker.port(), FETCH_TIMEOUT);
			} catch (IOException e) {
				throw new IOException(NLS.bind(Messages.Push_certificateUnavailable, broker.address(), e.getMessage()), e);
			}
			if (!confirm(broker, fingerprint)) {
				throw new IOException(NLS.bind(Messages.Push_certificateNotTrusted, broker.address()));
			}
			certificates.trust(broker.host(), broker.port(), fingerprint);
		}
		return certificates.applyTo(broker);
	}

	private boolean confirm(BrokerSettings broker, String fingerprint) {
		AtomicBoolean trusted = new AtomicBoolean();
		if (!display.isDisposed()) {
			display.syncExec(() -> trusted.set(MessageDialog.open(MessageDialog.QUESTION, display.getActiveShell(),
					Messages.Push_trustTitle, NLS.bind(Messages.Push_trustQuestion, broker.address(), fingerprint),
					SWT.NONE, Messages.Push_trustButton, IDialogConstants.CANCEL_LABEL) == 0));
		}
		return trusted.get();
	}
}
