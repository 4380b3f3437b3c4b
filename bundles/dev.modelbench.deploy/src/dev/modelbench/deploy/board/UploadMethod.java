package dev.modelbench.deploy.board;

import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.esp.EspResetSequence;

/**
 * How a program gets onto a board. Each kind has its own engine: {@code Stk500Uploader},
 * {@code EspRomFlasher}, {@code Uf2Copier}, {@code SftpDeployer}.
 */
public sealed interface UploadMethod {

	/**
	 * The STK500 version 1 protocol of the Arduino bootloaders (Optiboot), over serial after a DTR reset.
	 *
	 * @param baudRate         the bootloader's rate (115200 for Optiboot)
	 * @param signature        the three signature bytes of the expected chip
	 * @param pageSize         the flash page size in bytes
	 * @param applicationBytes the flash a sketch may use (the bootloader lives above it)
	 */
	record Stk500v1(int baudRate, byte[] signature, int pageSize, int applicationBytes) implements UploadMethod {
		public Stk500v1 {
			signature = signature.clone();
		}

		@Override
		public byte[] signature() {
			return signature.clone();
		}
	}

	/**
	 * The serial download mode of the Espressif ROM, entered by a DTR/RTS reset sequence.
	 *
	 * @param chip     the chip the board carries
	 * @param baudRate the rate to talk at (the ROM starts at 115200)
	 * @param reset    how the USB side pulls the chip into download mode
	 * @param flashBytes the size of the board's SPI flash
	 */
	record EspRom(EspChip chip, int baudRate, EspResetSequence reset, long flashBytes) implements UploadMethod {
	}

	/**
	 * A UF2 file copied onto the drive the board's boot ROM shows (hold BOOTSEL while plugging in).
	 *
	 * @param volumeLabel   the drive's name, e.g. {@code RPI-RP2}
	 * @param boardIdPrefix what the {@code Board-ID:} line of the drive's {@code INFO_UF2.TXT} starts with
	 * @param familyId      the UF2 family id the boot ROM accepts
	 */
	record Uf2Drive(String volumeLabel, String boardIdPrefix, long familyId) implements UploadMethod {
	}

	/**
	 * Files copied over SFTP to a Linux board, then a program started over SSH.
	 *
	 * @param host     the board's address as it shows itself over USB networking
	 * @param port     the SSH port
	 * @param user     the login
	 * @param password the board's factory password
	 * @param folder   where the files go on the board
	 */
	record Sftp(String host, int port, String user, String password, String folder) implements UploadMethod {
	}
}
