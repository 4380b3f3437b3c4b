package dev.modelbench.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
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
 * {@code --push mqtt://USER:PASS@HOST:PORT/TOPIC [--payload label|json]}: sends each prediction to
 * an MQTT broker as the verb prints it, at the broker's pace so that a long recording loses no
 * result while the broker is up, and at the end waits for the last results and says what did not
 * arrive.
 */
final class ResultPush implements AutoCloseable {

	static final String PUSH = "push"; //$NON-NLS-1$
	static final String PAYLOAD = "payload"; //$NON-NLS-1$

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

	/** The push the command line asks for, connecting in the background; empty without {@code --push}. */
	static Optional<ResultPush> of(Arguments arguments, String project, List<String> classNames) throws UsageException {
		Optional<String> uri = arguments.option(PUSH);
		if (uri.isEmpty()) {
			if (arguments.option(PAYLOAD).isPresent()) {
				throw new UsageException(Messages.Push_payloadWithoutPush);
			}
			return Optional.empty();
		}
		try {
			PushSettings settings = PushUri.parse(uri.get(), project);
			Optional<String> payload = arguments.option(PAYLOAD);
			if (payload.isPresent()) {
				settings = settings.withPayload(PayloadFormat.parse(payload.get()));
			}
			return Optional.of(new ResultPush(ResultPublisher.start(settings), project, classNames));
		} catch (PushSettingsException e) {
			throw new UsageException(e.getMessage());
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
