package dev.modelbench.deploy.avr;

import java.time.Duration;
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
import dev.modelbench.deploy.firmware.MemoryImage;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.serial.SerialLine;

/**
 * Uploads a sketch to an Arduino bootloader speaking STK500 version 1 (Optiboot on the Uno and Nano):
 * resets the board through DTR, checks the chip's signature, writes page by page, reads every page
 * back to verify, then starts the sketch.
 */
public final class Stk500Uploader {

	/**
	 * What an upload did.
	 *
	 * @param bytes the sketch's size
	 * @param pages the flash pages written and verified
	 * @param time  from reset to the sketch's start
	 */
	public record Result(long bytes, int pages, Duration time) {
	}

	private static final int SYNC_ATTEMPTS = 12;
	private static final int SYNC_TIMEOUT_MS = 300;
	private static final int ANSWER_TIMEOUT_MS = 1000;
	private static final int RETRIES = 3;

	private final UploadMethod.Stk500v1 method;

	public Stk500Uploader(UploadMethod.Stk500v1 method) {
		this.method = method;
	}

	/**
	 * Uploads {@code image} to the board on {@code port}, taking the port over from a serial monitor
	 * for the time of the upload.
	 *
	 * @throws DeployException with a message for the user: the port is missing or busy, the board does
	 *                         not answer or is another board, the read-back differs, the line broke
	 * @throws OperationCanceledException when cancelled; the bootloader stays, a new upload repairs the sketch
	 */
	public Result upload(String port, MemoryImage image, IProgressMonitor monitor) throws DeployException {
		checkFits(image);
		try (PortLease lease = PortLeases.shared().acquire(port, Messages.Lease_upload);
				SerialLine line = SerialLine.open(port, method.baudRate())) {
			return upload(line, image, monitor);
		}
	}

	/** Uploads over a line already open at the bootloader's rate. */
	public Result upload(SerialLine line, MemoryImage image, IProgressMonitor monitor) throws DeployException {
		checkFits(image);
		List<Long> pages = image.pages(method.pageSize());
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Stk500_task, line.path()),
				2 + 2 * pages.size());
		long started = System.nanoTime();
		Stk500Session session = new Stk500Session(line, ANSWER_TIMEOUT_MS);

		progress.subTask(Messages.Stk500_connecting);
		resetIntoBootloader(line);
		sync(session, line.path());
		checkSignature(session, line.path());
		session.command(Stk500Session.ENTER_PROGMODE);
		progress.worked(1);
		try {
			progress.subTask(NLS.bind(Messages.Stk500_writing, image.size()));
			for (long page : pages) {
				checkCanceled(progress);
				byte[] data = image.read(page, method.pageSize(), (byte) 0xFF);
				retrying(session, line.path(), () -> session.writePage(page, data));
				progress.worked(1);
			}
			progress.subTask(Messages.Stk500_verifying);
			for (long page : pages) {
				checkCanceled(progress);
				byte[] expected = image.read(page, method.pageSize(), (byte) 0xFF);
				byte[][] actual = new byte[1][];
				retrying(session, line.path(), () -> actual[0] = session.readPage(page, expected.length));
				compare(page, expected, actual[0], line.path());
				progress.worked(1);
			}
		} catch (OperationCanceledException e) {
			leaveQuietly(session);
			throw e;
		}
		session.command(Stk500Session.LEAVE_PROGMODE); // Optiboot starts the sketch
		progress.worked(1);
		return new Result(image.size(), pages.size(), Duration.ofNanos(System.nanoTime() - started));
	}

	private void checkFits(MemoryImage image) throws FirmwareFormatException {
		if (image.isEmpty()) {
			throw new FirmwareFormatException(Messages.Stk500_empty);
		}
		if (image.end() > method.applicationBytes()) {
			throw new FirmwareFormatException(NLS.bind(Messages.Stk500_tooBig, image.end(), method.applicationBytes()));
		}
	}

	/** The auto-reset of Arduino boards: DTR low then high pulses the chip's reset through a capacitor. */
	private static void resetIntoBootloader(SerialLine line) throws ConnectionLostException {
		if (line.setControlLines(false, false)) {
			pause(250);
			line.setControlLines(true, true);
			pause(50);
		} // a line without DTR (a pty, a bare adapter): the sync itself or the reset button must do it
		line.discardInput();
	}

	private static void sync(Stk500Session session, String port) throws DeployException {
		for (int attempt = 0; attempt < SYNC_ATTEMPTS; attempt++) {
			if (session.trySync(SYNC_TIMEOUT_MS)) {
				// Syncs sent while the bootloader started may be answered late: drop those answers.
				pause(30);
				session.discardInput();
				if (session.trySync(SYNC_TIMEOUT_MS)) {
					return;
				}
			}
		}
		throw new BoardNotAnsweringException(NLS.bind(Messages.Stk500_noAnswer, port));
	}

	private void checkSignature(Stk500Session session, String port) throws DeployException {
		byte[] signature = session.readSignature();
		if (!java.util.Arrays.equals(signature, method.signature())) {
			String expected = hex(method.signature());
			String actual = hex(signature);
			throw new WrongBoardException(NLS.bind(Messages.Stk500_wrongSignature, new Object[] { port, actual, expected }),
					expected, actual);
		}
	}

	private interface Step {
		void run() throws DeployException;
	}

	/** Runs a page step; a missed or garbled answer resynchronises and repeats it. A broken line does not. */
	private static void retrying(Stk500Session session, String port, Step step) throws DeployException {
		for (int attempt = 1;; attempt++) {
			try {
				step.run();
				return;
			} catch (BoardNotAnsweringException e) {
				if (attempt >= RETRIES) {
					throw e;
				}
				sync(session, port);
			}
		}
	}

	/** Whole pages are written (gaps as 0xFF, the erased state), so whole pages must read back. */
	private static void compare(long page, byte[] expected, byte[] actual, String port) throws VerifyFailedException {
		for (int i = 0; i < expected.length; i++) {
			long address = page + i;
			if (expected[i] != actual[i]) {
				throw new VerifyFailedException(NLS.bind(Messages.Stk500_verifyMismatch, new Object[] { port,
						String.format(Locale.ROOT, "0x%04X", address), //$NON-NLS-1$
						String.format(Locale.ROOT, "0x%02X", expected[i] & 0xFF), //$NON-NLS-1$
						String.format(Locale.ROOT, "0x%02X", actual[i] & 0xFF) }), address); //$NON-NLS-1$
			}
		}
	}

	private static void leaveQuietly(Stk500Session session) {
		try {
			session.command(Stk500Session.LEAVE_PROGMODE);
		} catch (DeployException e) {
			// cancelled anyway; the bootloader times out by itself
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes); //$NON-NLS-1$
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}
}
