package dev.modelbench.deploy.esp;

import org.eclipse.core.runtime.OperationCanceledException;

import dev.modelbench.deploy.serial.SerialLine;

/**
 * How DTR and RTS pull an ESP chip into its ROM download mode and reset it after flashing (the
 * sequences esptool documents). DTR drives IO0 (BOOT) and RTS drives EN (reset), both active low.
 */
public enum EspResetSequence {

	/** Boards with a USB-serial chip and the two-transistor circuit (ESP32-DevKitC and most others). */
	CLASSIC {
		@Override
		public boolean enterBootloader(SerialLine line) {
			if (!line.setControlLines(false, true)) { // IO0 high, EN low: in reset
				return false;
			}
			pause(100);
			line.setControlLines(true, false); // IO0 low, EN high: leaves reset in download mode
			pause(50);
			line.setControlLines(false, false); // IO0 released
			return true;
		}
	},

	/** Chips on their own USB (USB-Serial/JTAG of the ESP32-S3, -C3): passes through (1,1), never (0,0). */
	USB_JTAG_SERIAL {
		@Override
		public boolean enterBootloader(SerialLine line) {
			if (!line.setControlLines(false, false)) { // idle
				return false;
			}
			pause(100);
			line.setControlLines(true, false); // IO0 low
			pause(100);
			line.setControlLines(false, true); // reset with IO0 held by the USB peripheral's latch
			line.setControlLines(false, true);
			pause(100);
			line.setControlLines(false, false); // out of reset, in download mode
			return true;
		}
	};

	/**
	 * Resets the chip into its ROM bootloader.
	 *
	 * @return false when the line has no DTR/RTS (the user holds BOOT and presses RESET instead)
	 */
	public abstract boolean enterBootloader(SerialLine line);

	/** Resets the chip so that it runs the flashed program: EN low for a moment. */
	public boolean runProgram(SerialLine line) {
		if (!line.setControlLines(false, true)) {
			return false;
		}
		pause(100);
		line.setControlLines(false, false);
		return true;
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}
}
