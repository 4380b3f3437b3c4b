package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;

class BoardCatalogTest {

	private final BoardCatalog catalog = BoardCatalog.installed();

	@Test
	void theExtensionPointContributesTheBuiltInBoardsWithTheirNames() {
		List<String> names = catalog.boards().stream().map(Board::name).toList();
		assertEquals(List.of("Arduino Uno", "Arduino Nano", "XIAO ESP32S3 Sense", "ESP32 DevKit",
				"Raspberry Pi Pico (RP2040)", "UNIHIKER"), names);
	}

	@Test
	void aGenuineUnoIsNamedByItsUsbId() {
		assertEquals(List.of("arduino.uno"),
				catalog.byUsbId(new UsbId(0x2341, 0x0043)).stream().map(Board::id).toList());
	}

	@Test
	void aCh340IsAnyOfTheBoardsThatCarryIt() {
		assertEquals(List.of("arduino.uno", "arduino.nano", "espressif.esp32.devkit"),
				catalog.byUsbId(new UsbId(0x1A86, 0x7523)).stream().map(Board::id).toList());
	}

	@Test
	void espressifsVendorIdIsTheXiaoInItsRomBootloader() {
		Board xiao = catalog.byUsbId(new UsbId(0x303A, 0x1001)).getFirst();
		assertEquals("seeed.xiao.esp32s3.sense", xiao.id());
		assertInstanceOf(UploadMethod.EspRom.class, xiao.uploadMethod());
		assertTrue(xiao.deployModes().contains(DeployMode.RESULTS_OVER_MQTT));
	}

	@Test
	void anUnknownDeviceMatchesNoBoard() {
		assertTrue(catalog.byUsbId(new UsbId(0x1234, 0x5678)).isEmpty());
	}

	@Test
	void theUnoIsFlashedWithStk500At115200AndLeavesTheBootloaderItsHalfKilobyte() {
		UploadMethod.Stk500v1 stk = (UploadMethod.Stk500v1) catalog.byId("arduino.uno").orElseThrow().uploadMethod();
		assertEquals(115200, stk.baudRate());
		assertEquals(32256, stk.applicationBytes());
		assertEquals(128, stk.pageSize());
	}

	@Test
	void theUnihikerIsReachedOverSshAtItsUsbAddress() {
		Board unihiker = catalog.byId("dfrobot.unihiker").orElseThrow();
		UploadMethod.Sftp sftp = (UploadMethod.Sftp) unihiker.uploadMethod();
		assertEquals("10.1.2.3", sftp.host());
		assertEquals("root", sftp.user());
		assertEquals("dfrobot", sftp.password());
		assertTrue(unihiker.usbIds().isEmpty());
		assertFalse(unihiker.fqbn().isPresent());
	}

	@Test
	void thePicoIsFlashedByItsRpiRp2Drive() {
		UploadMethod.Uf2Drive uf2 = (UploadMethod.Uf2Drive) catalog.byId("raspberrypi.pico").orElseThrow().uploadMethod();
		assertEquals("RPI-RP2", uf2.volumeLabel());
		assertEquals(0xE48BFF56L, uf2.familyId());
	}
}
