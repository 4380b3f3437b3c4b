package dev.modelbench.deploy.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * The boards contributed to the extension point {@value #EXTENSION_POINT}: Model Bench's own and any
 * a plug-in adds. Also tells which boards a USB id belongs to (several, for common USB-serial chips).
 */
public final class BoardCatalog {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dev.modelbench.deploy.boards"; //$NON-NLS-1$

	private final List<Board> boards;

	private BoardCatalog(Collection<? extends Board> boards) {
		this.boards = List.copyOf(boards);
	}

	/** The boards contributed now, in contribution order; an entry whose class fails is logged and left out. */
	public static BoardCatalog installed() {
		List<Board> boards = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				boards.add((Board) element.createExecutableExtension("class")); //$NON-NLS-1$
			} catch (CoreException | ClassCastException e) {
				ILog.of(BoardCatalog.class).error("Ignored the board " + element.getAttribute("id") //$NON-NLS-1$ //$NON-NLS-2$
						+ " from " + element.getContributor().getName(), e); //$NON-NLS-1$
			}
		}
		return new BoardCatalog(boards);
	}

	/** A catalog of exactly these boards (tests, scripts). */
	public static BoardCatalog of(Collection<? extends Board> boards) {
		return new BoardCatalog(boards);
	}

	public List<Board> boards() {
		return boards;
	}

	/** The board with this id, if contributed. */
	public Optional<Board> byId(String id) {
		return boards.stream().filter(board -> board.id().equals(id)).findFirst();
	}

	/** The boards that show this USB id, in catalog order; empty for an unknown device. */
	public List<Board> byUsbId(UsbId usbId) {
		return boards.stream().filter(board -> board.matches(usbId)).toList();
	}
}
