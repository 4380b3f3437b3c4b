package dev.modelbench.deploy.board;

import java.util.Locale;

/**
 * A USB vendor and product id pair, as a board (or its USB-serial chip) reports it.
 *
 * @param vendorId  the VID, 0 to 0xFFFF
 * @param productId the PID, 0 to 0xFFFF
 */
public record UsbId(int vendorId, int productId) {

	public UsbId {
		if (vendorId < 0 || vendorId > 0xFFFF || productId < 0 || productId > 0xFFFF) {
			throw new IllegalArgumentException("USB ids are 16 bits: " + vendorId + ":" + productId); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** {@code VVVV:PPPP} in hexadecimal, as lsusb and the Arduino boards.txt write it. */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%04X:%04X", vendorId, productId); //$NON-NLS-1$
	}
}
