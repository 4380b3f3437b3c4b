package dev.modelbench.deploy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.modelbench.deploy.board.Board;

/**
 * Writes the program that runs an exported model on a board ({@link DeployMode#MODEL_ON_BOARD}): a
 * Python program for Linux boards, C for microcontrollers. Contributed to the extension point
 * {@code dev.modelbench.deploy.modelCodeGenerators} for one {@link Board#modelCapability()}.
 */
public interface ModelCodeGenerator {

	/**
	 * The files to put on the board, written into {@code folder}: the program first, then what it reads.
	 *
	 * @throws DeployException when the model cannot run on this board (too big, unsupported layers)
	 */
	List<Path> generate(ExportedModel model, Board board, Path folder, IProgressMonitor monitor) throws DeployException;
}
