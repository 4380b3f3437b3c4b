package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.esp.EspResetSequence;

/**
 * An ESP32 development board (ESP32-DevKitC, NodeMCU-32S and alike): 4 MB flash, a USB-serial chip
 * whose DTR and RTS drive EN and IO0 through two transistors.
 */
public class Esp32DevKit extends Board {

	@Override
	public String chip() {
		return "ESP32"; //$NON-NLS-1$
	}

	@Override
	public List<UsbId> usbIds() {
		// CP2102, CH9102 and CH340, the USB-serial chips these boards carry.
		return List.of(new UsbId(0x10C4, 0xEA60), new UsbId(0x1A86, 0x55D4), new UsbId(0x1A86, 0x7523));
	}

	@Override
	public long flashBytes() {
		return 4L * 1024 * 1024;
	}

	@Override
	public long ramBytes() {
		return 520L * 1024;
	}

	@Override
	public Set<DeployMode> deployModes() {
		return Set.of(DeployMode.MODEL_ON_BOARD, DeployMode.RESULTS_OVER_SERIAL, DeployMode.RESULTS_OVER_MQTT);
	}

	@Override
	public UploadMethod uploadMethod() {
		return new UploadMethod.EspRom(EspChip.ESP32, 115200, EspResetSequence.CLASSIC, flashBytes());
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.of("esp32:esp32:esp32"); //$NON-NLS-1$
	}

	@Override
	public int ledPin() {
		return 2;
	}

	@Override
	public String modelCapability() {
		return "esp32"; //$NON-NLS-1$
	}

	@Override
	public Optional<Microcontroller> microcontroller() {
		// The app partition of the default 4 MB layout; static data must fit the first DRAM region.
		return Optional.of(new Microcontroller("Xtensa LX6", 240_000_000L, 7, 2, 1_310_720L, 280 * 1024, 160 * 1024, //$NON-NLS-1$
				30 * 1024, false, Set.of()));
	}
}
