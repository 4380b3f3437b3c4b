package dev.modelbench.deploy.serial;

import java.util.List;
import java.util.Optional;

import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.board.UsbId;

/**
 * A serial port as the port list shows it.
 *
 * @param path        what to open it by ({@code /dev/ttyACM0}, {@code COM3}, a pty path)
 * @param description what the system says it is ("USB Serial", "Arduino Uno"), may be empty
 * @param usbId       its USB ids, empty for a port that is not on USB or was typed in
 */
public record PortInfo(String path, String description, Optional<UsbId> usbId) {

	/** The boards that show this port's USB id; empty when unknown, several for common USB-serial chips. */
	public List<Board> boards(BoardCatalog catalog) {
		return usbId.map(catalog::byUsbId).orElse(List.of());
	}

	/** "Arduino Uno on /dev/ttyACM0", or the system's description when no board matches. */
	public String label(BoardCatalog catalog) {
		List<Board> boards = boards(catalog);
		String what = boards.isEmpty() ? description
				: String.join(" / ", boards.stream().map(Board::name).toList()); //$NON-NLS-1$
		return what.isBlank() ? path : what + " (" + path + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
