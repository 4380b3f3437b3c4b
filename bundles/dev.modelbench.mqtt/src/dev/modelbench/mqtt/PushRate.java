package dev.modelbench.mqtt;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.mqtt.internal.Messages;

/**
 * How often results go out. A prediction loop can make far more results than a board wants: a
 * board that switches a relay on a label wants each change, a dashboard a few per second.
 *
 * @param mode      which results are pushed
 * @param perSecond for {@link Mode#AT_MOST}, the most results a second; otherwise 0
 */
public record PushRate(Mode mode, double perSecond) {

	/** Which results are pushed. */
	public enum Mode {
		/** Every result. */
		EVERY_RESULT,
		/** A result whose label differs from the last one pushed. */
		ON_LABEL_CHANGE,
		/** The newest result, at most {@code perSecond} times a second. */
		AT_MOST
	}

	private static final String EVERY = "every"; //$NON-NLS-1$
	private static final String CHANGE = "change"; //$NON-NLS-1$
	private static final String PER_SECOND = "/s"; //$NON-NLS-1$

	public PushRate {
		if (mode == Mode.AT_MOST ? !(perSecond > 0 && Double.isFinite(perSecond)) : perSecond != 0) {
			throw new IllegalArgumentException("perSecond " + perSecond + " does not fit " + mode); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static PushRate everyResult() {
		return new PushRate(Mode.EVERY_RESULT, 0);
	}

	public static PushRate onLabelChange() {
		return new PushRate(Mode.ON_LABEL_CHANGE, 0);
	}

	public static PushRate atMost(double perSecond) {
		return new PushRate(Mode.AT_MOST, perSecond);
	}

	/** {@code every}, {@code change} or {@code N/s} (N a positive number, {@code /s} optional). */
	public static PushRate parse(String text) throws PushSettingsException {
		String rate = text.strip().toLowerCase(Locale.ROOT);
		if (rate.equals(EVERY)) {
			return everyResult();
		}
		if (rate.equals(CHANGE)) {
			return onLabelChange();
		}
		String number = rate.endsWith(PER_SECOND) ? rate.substring(0, rate.length() - PER_SECOND.length()) : rate;
		double perSecond;
		try {
			perSecond = Double.parseDouble(number.strip());
		} catch (NumberFormatException e) {
			throw new PushSettingsException(NLS.bind(Messages.Rate_unknown, text));
		}
		if (!(perSecond > 0 && Double.isFinite(perSecond))) {
			throw new PushSettingsException(NLS.bind(Messages.Rate_notPositive, number.strip()));
		}
		return atMost(perSecond);
	}

	/** The form {@link #parse} reads: {@code every}, {@code change} or {@code N/s}. */
	public String keyword() {
		return switch (mode) {
		case EVERY_RESULT -> EVERY;
		case ON_LABEL_CHANGE -> CHANGE;
		case AT_MOST -> (perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond)
				: Double.toString(perSecond)) + PER_SECOND;
		};
	}
}
