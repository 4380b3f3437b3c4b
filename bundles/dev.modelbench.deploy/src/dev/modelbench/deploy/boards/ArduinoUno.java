package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;

/** Arduino Uno: ATmega328P at 16 MHz with Optiboot; a USB-serial chip whose DTR line resets it. */
public class ArduinoUno extends Board {

	/** The ATmega328P's signature bytes. */
	static final byte[] ATMEGA328P = { 0x1E, (byte) 0x95, 0x0F };

	public ArduinoUno() {
	}

	protected ArduinoUno(String id, String name) {
		super(id, name);
	}

	@Override
	public String chip() {
		return "ATmega328P"; //$NON-NLS-1$
	}

	@Override
	public List<UsbId> usbIds() {
		// Genuine Unos (16U2, R3 and the arduino.org ones), then the CH340 of most clones.
		return List.of(new UsbId(0x2341, 0x0043), new UsbId(0x2341, 0x0001), new UsbId(0x2341, 0x0243),
				new UsbId(0x2A03, 0x0043), new UsbId(0x1A86, 0x7523));
	}

	@Override
	public long flashBytes() {
		return 32 * 1024;
	}

	@Override
	public long ramBytes() {
		return 2 * 1024;
	}

	@Override
	public Set<DeployMode> deployModes() {
		return Set.of(DeployMode.RESULTS_OVER_SERIAL);
	}

	@Override
	public UploadMethod uploadMethod() {
		// Optiboot takes the top 512 bytes.
		return new UploadMethod.Stk500v1(115200, ATMEGA328P, 128, 32 * 1024 - 512);
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.of("arduino:avr:uno"); //$NON-NLS-1$
	}

	@Override
	public int ledPin() {
		return 13;
	}

	@Override
	public String modelCapability() {
		return "avr8"; //$NON-NLS-1$
	}

	@Override
	public Optional<Microcontroller> microcontroller() {
		// An 8-bit core: a 16 × 8-bit product summed into 32 bits takes some 50 cycles.
		return Optional.of(new Microcontroller("AVR", 16_000_000L, 50, 100, 32 * 1024 - 512, 2 * 1024, 2 * 1024, 300, //$NON-NLS-1$
				true, Set.of()));
	}
}
