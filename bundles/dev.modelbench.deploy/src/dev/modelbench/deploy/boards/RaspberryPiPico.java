package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;

/**
 * Raspberry Pi Pico (RP2040): 2 MB flash; held on BOOTSEL while plugged in, its boot ROM shows a
 * drive named RPI-RP2 that takes a UF2 file.
 */
public class RaspberryPiPico extends Board {

	/** The UF2 family id of the RP2040. */
	public static final long RP2040_FAMILY = 0xE48BFF56L;

	@Override
	public String chip() {
		return "RP2040"; //$NON-NLS-1$
	}

	@Override
	public List<UsbId> usbIds() {
		// The boot ROM (drive), then the CDC serial of Arduino-Pico and MicroPython.
		return List.of(new UsbId(0x2E8A, 0x0003), new UsbId(0x2E8A, 0x000A), new UsbId(0x2E8A, 0x0005));
	}

	@Override
	public long flashBytes() {
		return 2L * 1024 * 1024;
	}

	@Override
	public long ramBytes() {
		return 264L * 1024;
	}

	@Override
	public Set<DeployMode> deployModes() {
		return Set.of(DeployMode.MODEL_ON_BOARD, DeployMode.RESULTS_OVER_SERIAL);
	}

	@Override
	public UploadMethod uploadMethod() {
		return new UploadMethod.Uf2Drive("RPI-RP2", "RPI-RP2", RP2040_FAMILY); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.of("rp2040:rp2040:rpipico"); //$NON-NLS-1$
	}

	@Override
	public int ledPin() {
		return 25;
	}

	@Override
	public String modelCapability() {
		return "rp2040"; //$NON-NLS-1$
	}

	@Override
	public Optional<Microcontroller> microcontroller() {
		// Cortex-M0+: a one-cycle multiplier but no DSP instructions and no FPU (the ROM's float routines).
		return Optional.of(new Microcontroller("Cortex-M0+", 133_000_000L, 10, 40, 2 * 1024 * 1024 - 4096, //$NON-NLS-1$
				64 * 1024, 264 * 1024, 16 * 1024, false, Set.of()));
	}
}
