package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.BoardRefusedException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.VerifyFailedException;
import dev.modelbench.deploy.WrongBoardException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.esp.EspResetSequence;
import dev.modelbench.deploy.esp.EspRomFlasher;
import dev.modelbench.deploy.esp.EspRomFlasher.FlashRegion;
import dev.modelbench.deploy.esp.Slip;
import dev.modelbench.deploy.serial.SerialLine;
import dev.modelbench.deploy.tests.fixtures.FakeEspRom;
import dev.modelbench.deploy.tests.fixtures.PtyPair;

/** The ESP ROM flasher against a fake ROM that follows esptool's serial protocol, over a pty pair. */
class EspRomFlasherTest {

	private static final int FLASH = 4 * 1024 * 1024;
	private static final UploadMethod.EspRom XIAO = new UploadMethod.EspRom(EspChip.ESP32S3, 115200,
			EspResetSequence.USB_JTAG_SERIAL, FLASH);
	private static final UploadMethod.EspRom DEVKIT = new UploadMethod.EspRom(EspChip.ESP32, 115200,
			EspResetSequence.CLASSIC, FLASH);

	@TempDir
	Path folder;

	/** A bootloader, partition table and application as an ESP-IDF build has them; the last block is partial. */
	private static List<FlashRegion> image() {
		Random random = new Random(42);
		byte[] bootloader = new byte[20_000];
		byte[] partitions = new byte[3072];
		byte[] application = new byte[200_000 + 123];
		random.nextBytes(bootloader);
		random.nextBytes(partitions);
		random.nextBytes(application);
		bootloader[100] = (byte) 0xC0; // bytes SLIP must escape
		bootloader[101] = (byte) 0xDB;
		return List.of(new FlashRegion(0x0, bootloader), new FlashRegion(0x8000, partitions), new FlashRegion(0x10000, application));
	}

	@Test
	void theImagesLandAtTheirOffsetsAndTheRomsMd5Agrees() throws Exception {
		byte[] flash = FakeEspRom.erasedFlash(FLASH);
		List<FlashRegion> regions = image();
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b())) {
			EspRomFlasher.Result result = new EspRomFlasher(XIAO).flash(pty.a(), regions, new NullProgressMonitor());
			System.out.printf("ESP ROM flash into the fake ROM over a pty: %d bytes in %d ms, %.0f bytes/s (MD5 verified)%n",
					result.bytes(), result.time().toMillis(), result.bytesPerSecond());
			for (FlashRegion region : regions) {
				assertArrayEquals(region.data(), Arrays.copyOfRange(flash, (int) region.offset(), (int) region.offset() + region.data().length));
			}
			assertEquals(0xFF, flash[0x10000 + 200_123] & 0xFF, "the last block is padded with 0xFF");
			assertEquals(EspChip.ESP32S3, result.chip());
			assertTrue(rom.finished());
			assertEquals(3, rom.commands().stream().filter("SPI_FLASH_MD5"::equals).count());
			assertEquals(List.of("SYNC", "READ_REG", "SPI_ATTACH", "SPI_SET_PARAMS", "FLASH_BEGIN"),
					rom.commands().stream().distinct().limit(5).toList());
		}
	}

	@Test
	void theClassicEsp32RomTakesAFourWordFlashBegin() throws Exception {
		byte[] flash = FakeEspRom.erasedFlash(FLASH);
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32, flash, pty.b())) {
			new EspRomFlasher(DEVKIT).flash(pty.a(), List.of(image().get(2)), new NullProgressMonitor());
			assertTrue(rom.finished());
		}
	}

	@Test
	void anotherChipIsRefusedNamingBoth() throws Exception {
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32, FakeEspRom.erasedFlash(FLASH), pty.b())) {
			WrongBoardException e = assertThrows(WrongBoardException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), image(), new NullProgressMonitor()));
			assertEquals("ESP32", e.actual());
			assertEquals("ESP32-S3", e.expected());
			assertFalse(rom.commands().contains("FLASH_BEGIN"), "nothing was erased");
		}
	}

	@Test
	void aCutLineIsALostConnectionAndFlashingAgainRepairsTheBoard() throws Exception {
		byte[] flash = FakeEspRom.erasedFlash(FLASH);
		List<FlashRegion> regions = image();
		try (PtyPair pty = PtyPair.open(java.nio.file.Files.createDirectory(folder.resolve("first")))) {
			FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b());
			rom.cutAfter(40, pty::cut);
			ConnectionLostException e = assertThrows(ConnectionLostException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), regions, new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("cannot be damaged"), e.getMessage());
			assertFalse(rom.finished());
		}
		// Plugged in again: the ROM is still there and a new flash completes.
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b())) {
			new EspRomFlasher(XIAO).flash(pty.a(), regions, new NullProgressMonitor());
			assertTrue(rom.finished());
			FlashRegion app = regions.get(2);
			assertArrayEquals(app.data(), Arrays.copyOfRange(flash, 0x10000, 0x10000 + app.data().length));
		}
	}

	@Test
	void cancellingStopsBetweenBlocksAndLeavesTheFlashUnfinished() throws Exception {
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, FakeEspRom.erasedFlash(FLASH), pty.b())) {
			NullProgressMonitor cancelsAfterTenBlocks = new NullProgressMonitor() {
				private int worked;

				@Override
				public void worked(int work) {
					if (++worked == 10) {
						setCanceled(true);
					}
				}
			};
			assertThrows(OperationCanceledException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), image(), cancelsAfterTenBlocks));
			assertFalse(rom.finished());
			long blocks = rom.commands().stream().filter("FLASH_DATA"::equals).count();
			assertTrue(blocks >= 8 && blocks <= 10, blocks + " blocks written before the cancel");
		}
	}

	@Test
	void aFlashThatReadsBackWrongIsCaughtByTheMd5() throws Exception {
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, FakeEspRom.erasedFlash(FLASH), pty.b())) {
			rom.corruptBlock(30);
			VerifyFailedException e = assertThrows(VerifyFailedException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), image(), new NullProgressMonitor()));
			assertEquals(0x10000, e.address());
			assertTrue(e.getMessage().contains("MD5"), e.getMessage());
		}
	}

	@Test
	void aBlockTheRomRefusesIsReportedWithItsErrorInWords() throws Exception {
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, FakeEspRom.erasedFlash(FLASH), pty.b())) {
			rom.refuseBlock(3);
			BoardRefusedException e = assertThrows(BoardRefusedException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), image(), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("writing the flash failed"), e.getMessage());
		}
	}

	@Test
	void silenceOnThePortIsNoAnswerWithTheBootButtonAdvice() throws Exception {
		try (PtyPair pty = PtyPair.open(folder)) {
			BoardNotAnsweringException e = assertThrows(BoardNotAnsweringException.class,
					() -> new EspRomFlasher(XIAO).flash(pty.a(), image(), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("BOOT"), e.getMessage());
		}
	}

	@Test
	void imagesOffASectorBoundaryOrPastTheFlashAreRefusedBeforeConnecting() {
		EspRomFlasher flasher = new EspRomFlasher(XIAO);
		assertThrows(FirmwareFormatException.class,
				() -> flasher.flash("/nonexistent", List.of(new FlashRegion(0x1001, new byte[10])), new NullProgressMonitor()));
		assertThrows(FirmwareFormatException.class,
				() -> flasher.flash("/nonexistent", List.of(new FlashRegion(FLASH - 4096, new byte[8192])), new NullProgressMonitor()));
	}

	@Test
	void theChecksumIsTheXorOfTheDataSeededWith0xEF() {
		assertEquals(0xEF, EspRomFlasher.checksum(new byte[0]));
		assertEquals(0xEF ^ 0x01 ^ 0xFF, EspRomFlasher.checksum(new byte[] { 0x01, (byte) 0xFF }));
	}

	@Test
	void slipEscapesTheFrameEndAndTheEscapeByte() {
		assertArrayEquals(new byte[] { (byte) 0xC0, 0x01, (byte) 0xDB, (byte) 0xDC, (byte) 0xDB, (byte) 0xDD, 0x02, (byte) 0xC0 },
				Slip.encode(new byte[] { 0x01, (byte) 0xC0, (byte) 0xDB, 0x02 }));
	}

	@Test
	void theResetSequencesDriveDtrAndRtsAsEsptoolDocuments() {
		RecordingLine classic = new RecordingLine();
		assertTrue(EspResetSequence.CLASSIC.enterBootloader(classic));
		assertEquals(List.of("dtr=0 rts=1", "dtr=1 rts=0", "dtr=0 rts=0"), classic.states);
		RecordingLine usb = new RecordingLine();
		assertTrue(EspResetSequence.USB_JTAG_SERIAL.enterBootloader(usb));
		assertEquals(List.of("dtr=0 rts=0", "dtr=1 rts=0", "dtr=0 rts=1", "dtr=0 rts=1", "dtr=0 rts=0"), usb.states);
	}

	/** A line that only records its control-line changes. */
	private static final class RecordingLine implements SerialLine {
		final List<String> states = new ArrayList<>();

		@Override
		public String path() {
			return "recording";
		}

		@Override
		public void setBaudRate(int baudRate) {
		}

		@Override
		public void write(byte[] data) {
		}

		@Override
		public int read(byte[] buffer, int offset, int length, int timeoutMillis) {
			return 0;
		}

		@Override
		public void discardInput() {
		}

		@Override
		public boolean setControlLines(boolean dtr, boolean rts) {
			states.add("dtr=" + (dtr ? 1 : 0) + " rts=" + (rts ? 1 : 0));
			return true;
		}

		@Override
		public void close() {
		}
	}
}
