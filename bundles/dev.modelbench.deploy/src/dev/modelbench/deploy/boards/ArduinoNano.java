package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;

import dev.modelbench.deploy.board.UsbId;

/**
 * Arduino Nano with the current (Optiboot) bootloader: the Uno's chip and protocol on a smaller
 * board, behind an FTDI chip (genuine) or a CH340 (most clones).
 */
public class ArduinoNano extends ArduinoUno {

	@Override
	public List<UsbId> usbIds() {
		return List.of(new UsbId(0x0403, 0x6001), new UsbId(0x1A86, 0x7523));
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.of("arduino:avr:nano:cpu=atmega328"); //$NON-NLS-1$
	}
}
