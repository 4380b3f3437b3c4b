package dev.modelbench.deploy.esp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.VerifyFailedException;
import dev.modelbench.deploy.WrongBoardException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * Writes compiled images into the SPI flash of an ESP32 or ESP32-S3 through its ROM bootloader (the
 * serial protocol esptool documents, without its RAM stub): SYNC, chip check, FLASH_BEGIN, FLASH_DATA
 * blocks with checksums, SPI_FLASH_MD5 of each region, FLASH_END, reset. The ROM sits in mask ROM, so
 * no failure here can take the download mode away; a broken flash is repaired by flashing again.
 */
public final class EspRomFlasher {

	/**
	 * Bytes to write at a flash offset (bootloader, partition table, application...).
	 *
	 * @param offset where in flash, a multiple of 4 KiB
	 * @param data   the image file's bytes
	 */
	public record FlashRegion(long offset, byte[] data) {
		public FlashRegion {
			data = data.clone();
		}

		@Override
		public byte[] data() {
			return data.clone();
		}
	}

	/**
	 * What a flash did.
	 *
	 * @param bytes the bytes written and verified
	 * @param time  from the sync to the reset
	 * @param chip  the chip that answered
	 */
	public record Result(long bytes, Duration time, EspChip chip) {

		/** Written bytes per second, verification included. */
		public double bytesPerSecond() {
			return bytes / Math.max(1e-9, time.toNanos() / 1e9);
		}
	}

	static final int FLASH_BEGIN = 0x02;
	static final int FLASH_DATA = 0x03;
	static final int FLASH_END = 0x04;
	static final int SYNC = 0x08;
	static final int READ_REG = 0x0A;
	static final int SPI_SET_PARAMS = 0x0B;
	static final int SPI_ATTACH = 0x0D;
	static final int SPI_FLASH_MD5 = 0x13;

	/** The data block size of the ROM loader (esptool's FLASH_WRITE_SIZE). */
	public static final int BLOCK_SIZE = 0x400;
	static final int SECTOR_SIZE = 0x1000;
	static final int CHECKSUM_SEED = 0xEF;

	private static final int SYNC_ATTEMPTS = 20;
	private static final int SYNC_TIMEOUT_MS = 100;
	private static final int COMMAND_TIMEOUT_MS = 3000;
	private static final int ERASE_MS_PER_MB = 30_000;
	private static final int MD5_MS_PER_MB = 8_000;

	private final UploadMethod.EspRom method;

	public EspRomFlasher(UploadMethod.EspRom method) {
		this.method = method;
	}

	/**
	 * Flashes {@code regions} to the board on {@code port}, taking the port over from a serial monitor.
	 *
	 * @throws DeployException with a message for the user (no answer, another chip, a refused command,
	 *                         an MD5 that differs, the line lost)
	 */
	public Result flash(String port, List<FlashRegion> regions, IProgressMonitor monitor) throws DeployException {
		check(regions);
		try (PortLease lease = PortLeases.shared().acquire(port, Messages.Lease_upload);
				SerialLine line = SerialLine.open(port, method.baudRate())) {
			return flash(line, regions, monitor);
		}
	}

	/** Flashes over a line already open at the ROM's rate. */
	public Result flash(SerialLine line, List<FlashRegion> regions, IProgressMonitor monitor) throws DeployException {
		check(regions);
		int blocks = regions.stream().mapToInt(r -> blocks(r.data.length)).sum();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Esp_task, line.path()), blocks + 2 * regions.size() + 2);
		EspRomSession session = new EspRomSession(line, method.chip().statusBytes());
		progress.subTask(Messages.Esp_connecting);
		method.reset().enterBootloader(line);
		sync(session, line);
		long started = System.nanoTime();
		EspChip chip = detect(session, line.path());
		session.command(SPI_ATTACH, words(0, 0), 0, COMMAND_TIMEOUT_MS);
		session.command(SPI_SET_PARAMS, words(0, method.flashBytes(), 64 * 1024, SECTOR_SIZE, 256, 0xFFFF), 0,
				COMMAND_TIMEOUT_MS);
		progress.worked(1);
		long written = 0;
		for (FlashRegion region : regions) {
			writeRegion(session, region, line.path(), progress);
			verifyRegion(session, region, line.path());
			progress.worked(1);
			written += region.data.length;
		}
		session.command(FLASH_END, words(1), 0, COMMAND_TIMEOUT_MS); // 1: stay in the loader; the reset starts the program
		Duration time = Duration.ofNanos(System.nanoTime() - started);
		method.reset().runProgram(line);
		progress.worked(1);
		return new Result(written, time, chip);
	}

	private void check(List<FlashRegion> regions) throws FirmwareFormatException {
		if (regions.isEmpty()) {
			throw new FirmwareFormatException(Messages.Esp_nothing);
		}
		long previousEnd = -1;
		for (FlashRegion region : regions.stream().sorted((a, b) -> Long.compare(a.offset, b.offset)).toList()) {
			if (region.offset % SECTOR_SIZE != 0) {
				throw new FirmwareFormatException(NLS.bind(Messages.Esp_unaligned, hex(region.offset)));
			}
			if (region.offset + region.data.length > method.flashBytes()) {
				throw new FirmwareFormatException(NLS.bind(Messages.Esp_tooBig,
						new Object[] { hex(region.offset), region.data.length, method.flashBytes() }));
			}
			if (region.offset < previousEnd) {
				throw new FirmwareFormatException(NLS.bind(Messages.Esp_overlap, hex(region.offset)));
			}
			previousEnd = region.offset + region.data.length;
		}
	}

	private static void sync(EspRomSession session, SerialLine line) throws DeployException {
		byte[] payload = new byte[36];
		payload[0] = 0x07;
		payload[1] = 0x07;
		payload[2] = 0x12;
		payload[3] = 0x20;
		Arrays.fill(payload, 4, 36, (byte) 0x55);
		for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
			if (session.trySync(SYNC, payload, SYNC_TIMEOUT_MS)) {
				session.drain(SYNC_TIMEOUT_MS); // the ROM answers one SYNC several times
				return;
			}
		}
		throw new BoardNotAnsweringException(NLS.bind(Messages.Esp_noAnswer, line.path()));
	}

	private EspChip detect(EspRomSession session, String port) throws DeployException {
		long value = session.command(READ_REG, words(EspChip.DETECT_REGISTER), 0, COMMAND_TIMEOUT_MS).value();
		EspChip expected = method.chip();
		if (value != expected.magic()) {
			String actual = EspChip.byMagic(value).map(EspChip::displayName)
					.orElse(NLS.bind(Messages.Esp_unknownChip, hex(value)));
			throw new WrongBoardException(NLS.bind(Messages.Esp_wrongChip, new Object[] { port, actual, expected.displayName() }),
					expected.displayName(), actual);
		}
		return expected;
	}

	private void writeRegion(EspRomSession session, FlashRegion region, String port, SubMonitor progress)
			throws DeployException {
		int blocks = blocks(region.data.length);
		long eraseTimeout = Math.max(COMMAND_TIMEOUT_MS, (long) ERASE_MS_PER_MB * region.data.length / (1 << 20));
		long[] begin = method.chip().beginTakesEncryptionFlag()
				? new long[] { region.data.length, blocks, BLOCK_SIZE, region.offset, 0 }
				: new long[] { region.data.length, blocks, BLOCK_SIZE, region.offset };
		progress.subTask(NLS.bind(Messages.Esp_erasing, hex(region.offset)));
		session.command(FLASH_BEGIN, words(begin), 0, (int) eraseTimeout);
		for (int seq = 0; seq < blocks; seq++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(NLS.bind(Messages.Esp_writing, new Object[] { hex(region.offset), seq + 1, blocks }));
			byte[] block = new byte[BLOCK_SIZE];
			Arrays.fill(block, (byte) 0xFF); // the last block is padded, as the protocol asks
			int from = seq * BLOCK_SIZE;
			System.arraycopy(region.data, from, block, 0, Math.min(BLOCK_SIZE, region.data.length - from));
			ByteBuffer packet = ByteBuffer.allocate(16 + BLOCK_SIZE).order(ByteOrder.LITTLE_ENDIAN);
			packet.putInt(BLOCK_SIZE).putInt(seq).putInt(0).putInt(0).put(block);
			try {
				session.command(FLASH_DATA, packet.array(), checksum(block), COMMAND_TIMEOUT_MS);
			} catch (ConnectionLostException e) {
				throw new ConnectionLostException(NLS.bind(Messages.Esp_lostWhileWriting,
						new Object[] { port, hex(region.offset + from) }), e);
			}
			progress.worked(1);
		}
	}

	private static void verifyRegion(EspRomSession session, FlashRegion region, String port) throws DeployException {
		int timeout = (int) Math.max(COMMAND_TIMEOUT_MS, (long) MD5_MS_PER_MB * region.data.length / (1 << 20));
		EspRomSession.Response answer = session.command(SPI_FLASH_MD5, words(region.offset, region.data.length, 0, 0),
				0, timeout);
		// The ROM sends the MD5 as 32 hex characters (a stub would send 16 raw bytes).
		String reported = new String(answer.data(), 0, Math.min(32, answer.data().length), StandardCharsets.US_ASCII)
				.toLowerCase(Locale.ROOT);
		String expected = md5(region.data);
		if (!reported.equals(expected)) {
			throw new VerifyFailedException(NLS.bind(Messages.Esp_md5Mismatch,
					new Object[] { port, hex(region.offset), expected, reported }), region.offset);
		}
	}

	/** The checksum of a data block: 0xEF XOR every byte (only the data, not the 16 header bytes). */
	public static int checksum(byte[] data) {
		int sum = CHECKSUM_SEED;
		for (byte b : data) {
			sum ^= b & 0xFF;
		}
		return sum;
	}

	static int blocks(int length) {
		return (length + BLOCK_SIZE - 1) / BLOCK_SIZE;
	}

	static byte[] words(long... values) {
		ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (long value : values) {
			buffer.putInt((int) value);
		}
		return buffer.array();
	}

	static String md5(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has MD5", e); //$NON-NLS-1$
		}
	}

	private static String hex(long value) {
		return String.format(Locale.ROOT, "0x%X", value); //$NON-NLS-1$
	}
}
