package dev.modelbench.mqtt;

import java.time.Duration;
import java.util.Objects;

/**
 * How a connection copes with a slow or missing broker.
 *
 * @param queueCapacity  results waiting to be sent; when full, the oldest is dropped, since a
 *                       live result is stale once newer ones exist
 * @param firstRetry     the pause before the first reconnection attempt; it doubles with each
 *                       failure
 * @param maxRetry       the longest pause between attempts
 * @param connectTimeout how long one connection attempt may take
 * @param sendTimeout    how long one message may take to be accepted before the connection is
 *                       deemed dead (at least the connect timeout: Paho has one wait for both)
 */
public record DeliveryOptions(int queueCapacity, Duration firstRetry, Duration maxRetry, Duration connectTimeout,
		Duration sendTimeout) {

	/** 100 results (a few seconds of a webcam loop), retries from 0.5 s up to 30 s, 10 s timeouts. */
	public static final DeliveryOptions DEFAULT = new DeliveryOptions(100, Duration.ofMillis(500),
			Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10));

	public DeliveryOptions {
		Objects.requireNonNull(firstRetry, "firstRetry"); //$NON-NLS-1$
		Objects.requireNonNull(maxRetry, "maxRetry"); //$NON-NLS-1$
		Objects.requireNonNull(connectTimeout, "connectTimeout"); //$NON-NLS-1$
		Objects.requireNonNull(sendTimeout, "sendTimeout"); //$NON-NLS-1$
		if (queueCapacity < 1) {
			throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity); //$NON-NLS-1$
		}
		if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException("need 0 < firstRetry <= maxRetry"); //$NON-NLS-1$
		}
		if (connectTimeout.toSeconds() < 1 || sendTimeout.isNegative() || sendTimeout.isZero()) {
			throw new IllegalArgumentException("connectTimeout must be at least 1 s and sendTimeout positive"); //$NON-NLS-1$
		}
	}

	public DeliveryOptions withQueueCapacity(int capacity) {
		return new DeliveryOptions(capacity, firstRetry, maxRetry, connectTimeout, sendTimeout);
	}

	public DeliveryOptions withRetry(Duration first, Duration max) {
		return new DeliveryOptions(queueCapacity, first, max, connectTimeout, sendTimeout);
	}

	public DeliveryOptions withConnectTimeout(Duration timeout) {
		return new DeliveryOptions(queueCapacity, firstRetry, maxRetry, timeout, sendTimeout);
	}

	public DeliveryOptions withSendTimeout(Duration timeout) {
		return new DeliveryOptions(queueCapacity, firstRetry, maxRetry, connectTimeout, timeout);
	}
}
