package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.boards.RaspberryPiPico;
import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.sketch.SketchCompiler;
import dev.modelbench.deploy.sketch.SketchFlasher;
import dev.modelbench.deploy.tests.fixtures.FakeEspRom;
import dev.modelbench.deploy.tests.fixtures.PtyPair;

/**
 * A compiled sketch onto each kind of board by its upload method, from the files the Arduino cores
 * leave in the build folder: the ESP32 images into a fake ROM over a pty, a UF2 onto a folder that
 * stands in for the RP2040's boot drive.
 */
class SketchFlasherTest {

	@TempDir
	Path folder;

	private static Board board(String id) {
		return BoardCatalog.installed().byId(id).orElseThrow();
	}

	/** {@code size} random bytes starting with {@code magic}, as the ESP image files start. */
	private Path image(String name, int magic, int size) throws Exception {
		byte[] bytes = new byte[size];
		new Random(name.hashCode()).nextBytes(bytes);
		bytes[0] = (byte) magic;
		return Files.write(Files.createDirectories(folder.resolve("build")).resolve(name), bytes);
	}

	private static byte[] at(byte[] flash, long offset, Path file) throws Exception {
		return Arrays.copyOfRange(flash, (int) offset, (int) offset + (int) Files.size(file));
	}

	@Test
	void theEsp32S3GetsBootloaderPartitionsAndApplicationWhereArduinoCliPutsThem() throws Exception {
		Path application = image("blink.ino.bin", 0xE9, 50_000);
		Path bootloader = image("blink.ino.bootloader.bin", 0xE9, 15_000);
		Path partitions = image("blink.ino.partitions.bin", 0xAA, 3072);
		byte[] flash = FakeEspRom.erasedFlash(8 * 1024 * 1024);
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b())) {
			SketchFlasher.Flashed flashed = new SketchFlasher(List.of()).flash(board("seeed.xiao.esp32s3.sense"),
					new SketchCompiler.Compiled(application, ""), pty.a(), new NullProgressMonitor());

			assertEquals(50_000 + 15_000 + 3072, flashed.bytes());
			assertArrayEquals(Files.readAllBytes(bootloader), at(flash, 0x0, bootloader), "the S3 boots from 0x0");
			assertArrayEquals(Files.readAllBytes(partitions), at(flash, 0x8000, partitions));
			assertArrayEquals(Files.readAllBytes(application), at(flash, 0x10000, application));
			assertTrue(rom.finished());
		}
	}

	@Test
	void aClassicEsp32TakesItsBootloaderAt4KiBAndAnApplicationAloneGoesTo64KiB() throws Exception {
		Path application = image("blink.ino.bin", 0xE9, 20_000);
		byte[] flash = FakeEspRom.erasedFlash(4 * 1024 * 1024);
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32, flash, pty.b())) {
			new SketchFlasher(List.of()).flash(board("espressif.esp32.devkit"), new SketchCompiler.Compiled(application, ""),
					pty.a(), new NullProgressMonitor());

			assertArrayEquals(Files.readAllBytes(application), at(flash, 0x10000, application));
			assertEquals((byte) 0xFF, flash[0x1000], "without a bootloader beside it, the board keeps its own");
		}
		image("blink.ino.bootloader.bin", 0xE9, 15_000);
		image("blink.ino.partitions.bin", 0xAA, 3072);
		flash = FakeEspRom.erasedFlash(4 * 1024 * 1024);
		try (PtyPair pty = PtyPair.open(Files.createDirectories(folder.resolve("again"))); FakeEspRom rom = new FakeEspRom(EspChip.ESP32, flash, pty.b())) {
			new SketchFlasher(List.of()).flash(board("espressif.esp32.devkit"), new SketchCompiler.Compiled(application, ""),
					pty.a(), new NullProgressMonitor());

			assertEquals((byte) 0xE9, flash[0x1000], "the classic ESP32's bootloader lives at 0x1000");
			assertEquals((byte) 0xFF, flash[0x0]);
		}
	}

	@Test
	void aFileThatIsNoEspImageIsRefusedBeforeTheBoardIsTouched() throws Exception {
		Path application = image("blink.ino.bin", 0x7F, 1000); // an ELF file, say
		byte[] flash = FakeEspRom.erasedFlash(8 * 1024 * 1024);
		try (PtyPair pty = PtyPair.open(folder); FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b())) {
			FirmwareFormatException refusal = assertThrows(FirmwareFormatException.class,
					() -> new SketchFlasher(List.of()).flash(board("seeed.xiao.esp32s3.sense"),
							new SketchCompiler.Compiled(application, ""), pty.a(), new NullProgressMonitor()));

			assertTrue(refusal.getMessage().contains("blink.ino.bin") && refusal.getMessage().contains("Compile"),
					refusal.getMessage());
			assertTrue(rom.commands().isEmpty(), "nothing was sent to the board");
		}
	}

	@Test
	void thePicoGetsItsUf2OnTheBootDriveWithoutAPort() throws Exception {
		Path drive = Files.createDirectories(folder.resolve("media/RPI-RP2"));
		Files.writeString(drive.resolve("INFO_UF2.TXT"), "UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: RPI-RP2\n");
		byte[] firmware = Uf2CopierTest.uf2(12, RaspberryPiPico.RP2040_FAMILY);
		Path uf2 = Files.write(folder.resolve("blink.ino.uf2"), firmware);

		SketchFlasher.Flashed flashed = new SketchFlasher(List.of(folder.resolve("media"))).flash(
				board("raspberrypi.pico"), new SketchCompiler.Compiled(uf2, ""), "", new NullProgressMonitor());

		assertArrayEquals(firmware, Files.readAllBytes(drive.resolve("BLINK.INO.UF2")));
		assertEquals(drive.resolve("BLINK.INO.UF2").toString(), flashed.where());
		assertFalse(SketchFlasher.needsPort(board("raspberrypi.pico")));
		assertTrue(SketchFlasher.needsPort(board("arduino.uno")) && SketchFlasher.needsPort(board("espressif.esp32.devkit")));
	}

	@Test
	void theUnihikerIsNotFlashedWithSketchesAndSaysWhatItTakes() {
		DeployException refusal = assertThrows(DeployException.class, () -> new SketchFlasher(List.of()).flash(
				board("dfrobot.unihiker"), new SketchCompiler.Compiled(folder.resolve("x.ino.hex"), ""), "",
				new NullProgressMonitor()));

		assertTrue(refusal.getMessage().contains("UNIHIKER") && refusal.getMessage().contains("runs the model"),
				refusal.getMessage());
	}
}
