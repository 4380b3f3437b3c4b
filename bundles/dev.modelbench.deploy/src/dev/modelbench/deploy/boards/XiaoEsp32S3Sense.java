package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.board.OnBoardSensor;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.esp.EspResetSequence;

/**
 * Seeed Studio XIAO ESP32S3 Sense: ESP32-S3 with 8 MB flash, 8 MB PSRAM, a camera and a microphone;
 * its native USB (Espressif's USB-Serial/JTAG) resets it into the ROM bootloader.
 */
public class XiaoEsp32S3Sense extends Board {

	@Override
	public String chip() {
		return "ESP32-S3"; //$NON-NLS-1$
	}

	@Override
	public List<UsbId> usbIds() {
		// USB-Serial/JTAG in the ROM bootloader and in sketches with CDC on boot; Seeed's own id.
		return List.of(new UsbId(0x303A, 0x1001), new UsbId(0x2886, 0x0056));
	}

	@Override
	public long flashBytes() {
		return 8L * 1024 * 1024;
	}

	@Override
	public long ramBytes() {
		return 512L * 1024 + 8L * 1024 * 1024; // SRAM and PSRAM
	}

	@Override
	public Set<DeployMode> deployModes() {
		return Set.of(DeployMode.MODEL_ON_BOARD, DeployMode.RESULTS_OVER_SERIAL, DeployMode.RESULTS_OVER_MQTT);
	}

	@Override
	public UploadMethod uploadMethod() {
		return new UploadMethod.EspRom(EspChip.ESP32S3, 115200, EspResetSequence.USB_JTAG_SERIAL, flashBytes());
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.of("esp32:esp32:XIAO_ESP32S3"); //$NON-NLS-1$
	}

	@Override
	public int ledPin() {
		return 21;
	}

	@Override
	public String modelCapability() {
		return "esp32s3"; //$NON-NLS-1$
	}

	@Override
	public Optional<Microcontroller> microcontroller() {
		// The app partition of the core's default 8 MB layout; internal SRAM only (PSRAM is off by default).
		return Optional.of(new Microcontroller("Xtensa LX7", 240_000_000L, 7, 2, 3_342_336L, 320 * 1024, 320 * 1024, //$NON-NLS-1$
				40 * 1024, false, Set.of(OnBoardSensor.PDM_MICROPHONE, OnBoardSensor.ESP32_CAMERA)));
	}
}
