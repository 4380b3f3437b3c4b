package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.boards.RaspberryPiPico;
import dev.modelbench.deploy.uf2.Uf2Copier;

/** UF2 onto an RP2040's boot drive, a temporary folder standing in for the mounted RPI-RP2 drive. */
class Uf2CopierTest {

	private final Uf2Copier copier = new Uf2Copier((UploadMethod.Uf2Drive) new RaspberryPiPico().uploadMethod());

	@TempDir
	Path folder;

	/** A UF2 of {@code blocks} blocks of 256 payload bytes for {@code family}, as picotool or the Arduino core writes. */
	static byte[] uf2(int blocks, long family) {
		ByteBuffer file = ByteBuffer.allocate(512 * blocks).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < blocks; i++) {
			int at = 512 * i;
			file.putInt(at, 0x0A324655).putInt(at + 4, 0x9E5D5157).putInt(at + 8, 0x00002000)
					.putInt(at + 12, 0x10000000 + 256 * i).putInt(at + 16, 256).putInt(at + 20, i).putInt(at + 24, blocks)
					.putInt(at + 28, (int) family);
			for (int j = 0; j < 256; j++) {
				file.put(at + 32 + j, (byte) (i + j));
			}
			file.putInt(at + 508, 0x0AB16F30);
		}
		return file.array();
	}

	private Path bootDrive(String name, String boardId) throws Exception {
		Path drive = Files.createDirectories(folder.resolve("media").resolve(name));
		Files.writeString(drive.resolve("INFO_UF2.TXT"), "UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: " + boardId + "\n");
		Files.writeString(drive.resolve("INDEX.HTM"), "<html></html>");
		return drive;
	}

	@Test
	void theBootDriveIsFoundByItsInfoFileAndTakesTheFileWhole() throws Exception {
		Path drive = bootDrive("RPI-RP2", "RPI-RP2");
		bootDrive("USBSTICK", "SOMETHING-ELSE");
		Files.createDirectories(folder.resolve("media/EMPTY"));
		byte[] firmware = uf2(40, RaspberryPiPico.RP2040_FAMILY);
		Path file = Files.write(folder.resolve("blink.uf2"), firmware);

		assertEquals(List.of(drive), copier.findDrives(List.of(folder.resolve("media"))));
		Path written = copier.copy(file, List.of(folder.resolve("media")), new NullProgressMonitor());
		assertEquals(drive.resolve("BLINK.UF2"), written);
		assertArrayEquals(firmware, Files.readAllBytes(written));
	}

	@Test
	void noBootDriveSaysToHoldBootsel() {
		BoardNotAnsweringException e = assertThrows(BoardNotAnsweringException.class,
				() -> copier.copy(folder.resolve("x.uf2"), List.of(folder), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("BOOTSEL") && e.getMessage().contains("RPI-RP2"), e.getMessage());
	}

	@Test
	void aUf2ForAnotherChipIsRefusedAndNothingIsWritten() throws Exception {
		Path drive = bootDrive("RPI-RP2", "RPI-RP2");
		Path samd21 = Files.write(folder.resolve("samd.uf2"), uf2(4, 0x68ED2B88L));
		FirmwareFormatException e = assertThrows(FirmwareFormatException.class,
				() -> copier.copyTo(samd21, drive, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("0x68ED2B88") && e.getMessage().contains("0xE48BFF56"), e.getMessage());
		assertTrue(Files.notExists(drive.resolve("SAMD.UF2")));
	}

	@Test
	void aFileThatIsNoUf2IsRefused() throws Exception {
		Path drive = bootDrive("RPI-RP2", "RPI-RP2");
		Path hex = Files.writeString(folder.resolve("sketch.uf2"), ":00000001FF\n");
		assertThrows(FirmwareFormatException.class, () -> copier.copyTo(hex, drive, new NullProgressMonitor()));
		byte[] damaged = uf2(3, RaspberryPiPico.RP2040_FAMILY);
		damaged[512 + 508] = 0;
		Path broken = Files.write(folder.resolve("broken.uf2"), damaged);
		FirmwareFormatException e = assertThrows(FirmwareFormatException.class,
				() -> copier.copyTo(broken, drive, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("block 1"), e.getMessage());
	}

	/** A boot drive at {@code drive} (a folder standing in for a drive letter or a volume). */
	private static Path bootDriveAt(Path drive) throws Exception {
		Files.createDirectories(drive);
		Files.writeString(drive.resolve("INFO_UF2.TXT"), "UF2 Bootloader v3.0\r\nModel: Raspberry Pi RP2\r\nBoard-ID: RPI-RP2\r\n");
		return drive;
	}

	@Test
	void uf2DriveIsFoundOnAWindowsDriveLetter() throws Exception {
		// Folders standing in for C:\, D:\ (a card reader with no card) and E:\, the board's drive.
		Path c = Files.createDirectories(folder.resolve("C"));
		Files.createDirectories(c.resolve("Users"));
		Path d = folder.resolve("D");
		Path e = bootDriveAt(folder.resolve("E"));
		Path file = Files.write(folder.resolve("blink.uf2"), uf2(4, RaspberryPiPico.RP2040_FAMILY));

		List<Path> roots = Uf2Copier.mountRoots(Host.Os.WINDOWS, "anna", List.of(c, d, e));

		assertEquals(List.of(c, d, e), roots, "every drive letter is looked at, and nothing else");
		assertEquals(List.of(e), copier.findDrives(roots));
		assertEquals(e.resolve("BLINK.UF2"), copier.copy(file, roots, new NullProgressMonitor()));
	}

	@Test
	void uf2DriveIsFoundAmongAMacsVolumes() throws Exception {
		Path root = folder.resolve("mac");
		Files.createDirectories(root.resolve("Volumes/Macintosh HD"));
		Files.writeString(Files.createDirectories(root.resolve("Volumes/USB STICK")).resolve("notes.txt"), "not a board");
		Path pico = bootDriveAt(root.resolve("Volumes/RPI-RP2"));
		// A second Pico's drive is renamed by macOS; found by its INFO_UF2.TXT, not its name.
		Path second = bootDriveAt(root.resolve("Volumes/RPI-RP2 1"));

		List<Path> roots = Uf2Copier.mountRoots(Host.Os.MACOS, "anna", List.of(root));

		assertEquals(List.of(root.resolve("Volumes")), roots);
		assertEquals(List.of(pico, second), copier.findDrives(roots).stream().sorted().toList());
	}

	@Test
	void uf2DriveIsFoundWhereLinuxDesktopsMountIt() throws Exception {
		Path root = folder.resolve("linux");
		Path pico = bootDriveAt(root.resolve("media/anna/RPI-RP2"));

		List<Path> roots = Uf2Copier.mountRoots(Host.Os.LINUX, "anna", List.of(root));

		assertEquals(List.of(root.resolve("media/anna"), root.resolve("run/media/anna"), root.resolve("media")), roots);
		assertEquals(List.of(pico), copier.findDrives(roots));
	}
}
