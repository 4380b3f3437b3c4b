package dev.modelbench.deploy.mcu;

/**
 * A positive real factor as an integer multiply and a right shift, {@code multiplier / 2^shift}
 * with the multiplier in [2^30, 2^31): the requantisation of integer-only inference. Integers give
 * the same result bit for bit on the PC that tests the C and on every board that runs it, which
 * float rounding (FMA contraction, x87, soft-float libraries) would not promise.
 *
 * @param multiplier the integer factor
 * @param shift      the right shift, 1 to 62
 */
public record FixedPointMultiplier(int multiplier, int shift) {

	/** The multiplier nearest to {@code factor} (0 when it is below what 62 bits of shift reach). */
	public static FixedPointMultiplier of(double factor) {
		if (!(factor > 0) || factor >= 1L << 30) {
			throw new IllegalArgumentException("Requantisation factor " + factor); //$NON-NLS-1$
		}
		int exponent = Math.getExponent(factor) + 1; // factor = fraction · 2^exponent, fraction in [0.5, 1)
		long multiplier = Math.round(Math.scalb(factor, 31 - exponent));
		if (multiplier == 1L << 31) {
			multiplier >>= 1;
			exponent++;
		}
		int shift = 31 - exponent;
		if (shift > 62) {
			return new FixedPointMultiplier(0, 1);
		}
		return new FixedPointMultiplier((int) multiplier, shift);
	}

	/** The factor this stands for. */
	public double factor() {
		return Math.scalb((double) multiplier, -shift);
	}
}
