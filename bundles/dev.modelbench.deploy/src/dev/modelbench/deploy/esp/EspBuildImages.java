package dev.modelbench.deploy.esp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.esp.EspRomFlasher.FlashRegion;
import dev.modelbench.deploy.internal.Messages;

/**
 * The flash regions of a sketch that the Arduino ESP32 core compiled: beside the application
 * {@code NAME.ino.bin} its build folder holds {@code NAME.ino.bootloader.bin} and
 * {@code NAME.ino.partitions.bin}, which go where {@code arduino-cli upload} puts them (the chip's
 * bootloader offset, 0x8000, 0x10000). The core's {@code NAME.ino.merged.bin} is not used: it is
 * padded to the whole flash, megabytes that the ROM loader would write uncompressed.
 */
public final class EspBuildImages {

	/** Where the Arduino core's default partition tables put the partition table and the first app. */
	static final long PARTITIONS_OFFSET = 0x8000;
	static final long APPLICATION_OFFSET = 0x10000;

	/** The first byte of an ESP image (application, bootloader) and of a partition table entry. */
	static final int IMAGE_MAGIC = 0xE9;
	static final int PARTITION_MAGIC = 0xAA;

	private static final String APPLICATION_SUFFIX = ".ino.bin"; //$NON-NLS-1$

	private EspBuildImages() {
	}

	/**
	 * The regions to flash for the application image {@code application}, in flash order. Without a
	 * bootloader and partition table beside it, the application alone, for a board that already has them.
	 *
	 * @throws FirmwareFormatException when the application is not a compiled ESP image
	 */
	public static List<FlashRegion> of(Path application, EspChip chip) throws FirmwareFormatException {
		String file = application.getFileName().toString();
		if (!file.endsWith(APPLICATION_SUFFIX)) {
			throw new FirmwareFormatException(NLS.bind(Messages.Esp_notAnImage, application));
		}
		String stem = file.substring(0, file.length() - ".bin".length()); //$NON-NLS-1$
		Path bootloader = application.resolveSibling(stem + ".bootloader.bin"); //$NON-NLS-1$
		Path partitions = application.resolveSibling(stem + ".partitions.bin"); //$NON-NLS-1$
		List<FlashRegion> regions = new ArrayList<>();
		if (Files.isRegularFile(bootloader) && Files.isRegularFile(partitions)) {
			regions.add(new FlashRegion(chip.bootloaderOffset(), image(bootloader, IMAGE_MAGIC)));
			regions.add(new FlashRegion(PARTITIONS_OFFSET, image(partitions, PARTITION_MAGIC)));
		}
		regions.add(new FlashRegion(APPLICATION_OFFSET, image(application, IMAGE_MAGIC)));
		return List.copyOf(regions);
	}

	/** The bytes of an image file, refused unless they start with {@code magic}: a wrong file never reaches the flash. */
	private static byte[] image(Path file, int magic) throws FirmwareFormatException {
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length == 0 || (bytes[0] & 0xFF) != magic) {
				throw new FirmwareFormatException(NLS.bind(Messages.Esp_notAnImage, file));
			}
			return bytes;
		} catch (IOException e) {
			throw new FirmwareFormatException(NLS.bind(Messages.Esp_notAnImage, file), e);
		}
	}
}
