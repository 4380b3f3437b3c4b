package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.mqtt.BrokerCertificates;
import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.ConnectionState;
import dev.modelbench.mqtt.ConnectionStatus;
import dev.modelbench.mqtt.DeliveryOptions;
import dev.modelbench.mqtt.LiveResult;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.PushSettingsException;
import dev.modelbench.mqtt.PushUri;
import dev.modelbench.mqtt.ResultPublisher;
import dev.modelbench.train.Prediction;

/**
 * {@code --push mqtt://USER:PASS@HOST:PORT/TOPIC [--payload label|json] [--trust-certificate SHA256]}:
 * sends each prediction to
 * an MQTT broker as the verb prints it, at the broker's pace so that a long recording loses no
 * result while the broker is up, and at the end waits for the last results and says what did not
 * arrive.
 */
final class ResultPush implements AutoCloseable {

	static final String PUSH = "push"; //$NON-NLS-1$
	static final String PAYLOAD = "payload"; //$NON-NLS-1$
	static final String TRUST_CERTIFICATE = "trust-certificate"; //$NON-NLS-1$

	/** How long the check of a TLS broker's certificate may take before the push starts. */
	private static final Duration CERTIFICATE_CHECK = Duration.ofSeconds(10);

	/**
	 * How long the end of a run waits for the broker to take the last results: longer than one
	 * connection attempt, so that a peer that never answers is reported as such.
	 */
	private static final Duration FINAL_WAIT = DeliveryOptions.DEFAULT.connectTimeout().plusSeconds(3);

	private final ResultPublisher publisher;
	private final String model;
	private final List<String> classNames;

	private ResultPush(ResultPublisher publisher, String model, List<String> classNames) {
		this.publisher = publisher;
		this.model = model;
		this.classNames = classNames;
	}

	/**
	 * The push the command line asks for, connecting in the background; empty without {@code --push}.
	 *
	 * @throws CommandException when a TLS broker's certificate is one no authority here vouches for and
	 *                          {@code --trust-certificate} does not name it: nothing is predicted then
	 */
	static Optional<ResultPush> of(Arguments arguments, String project, List<String> classNames)
			throws UsageException, CommandException {
		Optional<String> uri = arguments.option(PUSH);
		Optional<String> trusted = arguments.option(TRUST_CERTIFICATE);
		if (uri.isEmpty()) {
			if (arguments.option(PAYLOAD).isPresent()) {
				throw new UsageException(Messages.Push_payloadWithoutPush);
			}
			if (trusted.isPresent()) {
				throw new UsageException(Messages.Push_trustWithoutTls);
			}
			return Optional.empty();
		}
		try {
			PushSettings settings = PushUri.parse(uri.get(), project);
			Optional<String> payload = arguments.option(PAYLOAD);
			if (payload.isPresent()) {
				settings = settings.withPayload(PayloadFormat.parse(payload.get()));
			}
			if (trusted.isPresent()) {
				if (!settings.broker().tls()) {
					throw new UsageException(Messages.Push_trustWithoutTls);
				}
				settings = settings.withBroker(
						settings.broker().withTrustedCertificate(BrokerCertificates.parseFingerprint(trusted.get())));
			} else if (settings.broker().tls()) {
				refuseUnvouchedCertificate(settings.broker());
			}
			return Optional.of(new ResultPush(ResultPublisher.start(settings), project, classNames));
		} catch (PushSettingsException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * Refuses, before anything is predicted, a broker whose certificate no authority here vouches for
	 * (a classroom broker's self-signed one), saying which option trusts it. A broker that cannot be
	 * reached at all is left to the push, which says so in its own words.
	 */
	private static void refuseUnvouchedCertificate(BrokerSettings broker) throws CommandException {
		Optional<String> unvouched;
		try {
			unvouched = BrokerCertificates.unvouchedFingerprint(broker.host(), broker.port(), CERTIFICATE_CHECK);
		} catch (IOException e) {
			return;
		}
		if (unvouched.isPresent()) {
			throw new CommandException(NLS.bind(Messages.Push_untrustedCertificate, broker.address(), unvouched.get()));
		}
	}

	/** Queues one prediction, waiting for room while the broker is up or being reached. */
	void push(Prediction prediction) {
		LiveResult result = LiveResult.of(prediction.label(), prediction.confidence(), classNames,
				prediction.probabilities(), Instant.now(), model);
		try {
			publisher.deliver(result);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			publisher.publish(result);
		}
	}

	/**
	 * Waits for the queued results and reports what the broker did not get.
	 *
	 * @throws CommandException when results were lost, saying why (e.g. a wrong password)
	 */
	void finish(PrintStream err) throws CommandException {
		boolean sent;
		try {
			sent = publisher.awaitSent(FINAL_WAIT);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			sent = false;
		}
		ConnectionStatus status = publisher.status();
		long lost = publisher.pendingCount() + publisher.droppedCount();
		if (!sent || lost > 0 || status.state() == ConnectionState.REFUSED) {
			// The reason alone: a "trying again" notice would be false as the command ends.
			String reason = status.state() == ConnectionState.CONNECTED ? status.message()
					: publisher.lastFailure().orElse(status.message());
			throw new CommandException(NLS.bind(Messages.Push_notDelivered, new Object[] { lost,
					publisher.settings().broker().address(), reason }));
		}
		if (publisher.skippedCount() > 0) {
			err.println(NLS.bind(Messages.Push_skipped, publisher.skippedCount()));
		}
	}

	@Override
	public void close() {
		publisher.close();
	}
}
