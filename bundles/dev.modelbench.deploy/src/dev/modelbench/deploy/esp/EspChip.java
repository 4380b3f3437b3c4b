package dev.modelbench.deploy.esp;

import java.util.Arrays;
import java.util.Optional;

/** The Espressif chips the ROM flasher knows, told apart by the magic value the ROM reads from one register. */
public enum EspChip {

	ESP32("ESP32", 0x00F01D83L, false, 0x1000), //$NON-NLS-1$
	ESP32S2("ESP32-S2", 0x000007C6L, true, 0x1000), //$NON-NLS-1$
	ESP32S3("ESP32-S3", 0x00000009L, true, 0x0), //$NON-NLS-1$
	ESP32C3("ESP32-C3", 0x6921506FL, true, 0x0); //$NON-NLS-1$

	/** The register whose value tells the chip (esptool's CHIP_DETECT_MAGIC_REG_ADDR). */
	public static final long DETECT_REGISTER = 0x40001000L;

	private final String displayName;
	private final long magic;
	private final boolean beginTakesEncryptionFlag;
	private final long bootloaderOffset;

	EspChip(String displayName, long magic, boolean beginTakesEncryptionFlag, long bootloaderOffset) {
		this.displayName = displayName;
		this.magic = magic;
		this.beginTakesEncryptionFlag = beginTakesEncryptionFlag;
		this.bootloaderOffset = bootloaderOffset;
	}

	/** Where in flash the ROM looks for the second-stage bootloader (esptool's BOOTLOADER_FLASH_OFFSET). */
	public long bootloaderOffset() {
		return bootloaderOffset;
	}

	public String displayName() {
		return displayName;
	}

	/** What {@link #DETECT_REGISTER} reads on this chip. */
	public long magic() {
		return magic;
	}

	/** Whether the ROM's FLASH_BEGIN takes a fifth word, "write encrypted" (ESP32-S2 and later). */
	public boolean beginTakesEncryptionFlag() {
		return beginTakesEncryptionFlag;
	}

	/** The ROM loader ends each answer with four status bytes, of which the first two count. */
	public int statusBytes() {
		return 4;
	}

	/** The chip whose magic value this is. */
	public static Optional<EspChip> byMagic(long value) {
		return Arrays.stream(values()).filter(chip -> chip.magic == value).findFirst();
	}
}
