package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.serial.PortInfo;
import dev.modelbench.deploy.serial.SerialPorts;
import dev.modelbench.deploy.serial.SystemPort;

/**
 * Ports as each system's serial library lists them (jSerialComm's name, path, description and USB
 * ids, written as it reports them on Windows, macOS and Linux), named as users there know them.
 */
class PortNamesTest {

	private static final Optional<UsbId> UNO = Optional.of(new UsbId(0x2341, 0x0043));
	private static final Optional<UsbId> CH340 = Optional.of(new UsbId(0x1A86, 0x7523));
	private static final Optional<UsbId> PICO = Optional.of(new UsbId(0x2E8A, 0x000A));

	private final BoardCatalog catalog = BoardCatalog.installed();

	private static List<String> paths(List<PortInfo> ports) {
		return ports.stream().map(PortInfo::path).toList();
	}

	@Test
	void portsAreNamedCom3OnWindows() {
		List<PortInfo> ports = SerialPorts.list(Host.Os.WINDOWS,
				List.of(new SystemPort("COM1", "\\\\.\\COM1", "Communications Port (COM1)", Optional.empty()),
						new SystemPort("COM3", "\\\\.\\COM3", "Arduino Uno (COM3)", UNO),
						new SystemPort("COM12", "\\\\.\\COM12", "USB-SERIAL CH340 (COM12)", CH340)));

		assertEquals(List.of("COM1", "COM3", "COM12"), paths(ports));
		assertEquals("Arduino Uno (COM3)", ports.get(1).label(catalog));
		assertEquals("Arduino Uno / Arduino Nano / ESP32 DevKit (COM12)", ports.get(2).label(catalog));
	}

	@Test
	void portsAreTheCallOutDeviceOnAMacAndListedOnce() {
		List<PortInfo> ports = SerialPorts.list(Host.Os.MACOS, List.of(
				new SystemPort("tty.usbmodem1101", "/dev/tty.usbmodem1101", "Pico (Dial-In)", Optional.empty()),
				new SystemPort("cu.usbmodem1101", "/dev/cu.usbmodem1101", "Pico", PICO),
				new SystemPort("cu.Bluetooth-Incoming-Port", "/dev/cu.Bluetooth-Incoming-Port", "", Optional.empty()),
				new SystemPort("tty.Bluetooth-Incoming-Port", "/dev/tty.Bluetooth-Incoming-Port", "", Optional.empty())));

		assertEquals(List.of("/dev/cu.usbmodem1101", "/dev/cu.Bluetooth-Incoming-Port"), paths(ports));
		assertEquals(PICO, ports.getFirst().usbId(), "the entry that knows the USB id is kept");
		assertEquals("Raspberry Pi Pico (RP2040) (/dev/cu.usbmodem1101)", ports.getFirst().label(catalog));
	}

	@Test
	void portsKeepTheirDevicePathOnLinux() {
		List<PortInfo> ports = SerialPorts.list(Host.Os.LINUX,
				List.of(new SystemPort("ttyACM0", "/dev/ttyACM0", "Arduino Uno", UNO),
						new SystemPort("ttyUSB0", "", "USB2.0-Serial", CH340)));

		assertEquals(List.of("/dev/ttyACM0", "/dev/ttyUSB0"), paths(ports));
	}

	@ParameterizedTest
	@EnumSource(value = Host.Os.class, names = { "WINDOWS", "MACOS", "LINUX" })
	void boardsAreFoundByUsbIdOnEveryOs(Host.Os os) {
		SystemPort pico = switch (os) {
		case WINDOWS -> new SystemPort("COM5", "\\\\.\\COM5", "USB Serial Device (COM5)", PICO);
		case MACOS -> new SystemPort("cu.usbmodem14101", "/dev/cu.usbmodem14101", "Board CDC", PICO);
		default -> new SystemPort("ttyACM1", "/dev/ttyACM1", "Board CDC", PICO);
		};

		PortInfo port = SerialPorts.list(os, List.of(pico)).getFirst();

		assertEquals(List.of("raspberrypi.pico"), port.boards(catalog).stream().map(b -> b.id()).toList());
	}

	@Test
	void aPortTypedOnWindowsIsFoundHoweverItIsWritten() throws Exception {
		List<PortInfo> listed = SerialPorts.list(Host.Os.WINDOWS,
				List.of(new SystemPort("COM3", "\\\\.\\COM3", "Arduino Uno (COM3)", UNO)));

		assertEquals("COM3", SerialPorts.byPath(Host.Os.WINDOWS, "com3", listed).path());
		assertEquals("COM3", SerialPorts.byPath(Host.Os.WINDOWS, " \\\\.\\COM3 ", listed).path());
		assertEquals(UNO, SerialPorts.byPath(Host.Os.WINDOWS, "COM3", listed).usbId());
		PortNotFoundException e = assertThrows(PortNotFoundException.class,
				() -> SerialPorts.byPath(Host.Os.WINDOWS, "COM7", listed));
		assertTrue(e.getMessage().contains("COM7"), e.getMessage());
	}

	@Test
	void theDialInTwinTypedOnAMacMeansTheCallOutDevice() throws Exception {
		List<PortInfo> listed = SerialPorts.list(Host.Os.MACOS,
				List.of(new SystemPort("cu.usbmodem1101", "/dev/cu.usbmodem1101", "Pico", PICO)));

		assertEquals("/dev/cu.usbmodem1101", SerialPorts.byPath(Host.Os.MACOS, "/dev/tty.usbmodem1101", listed).path());
	}
}
