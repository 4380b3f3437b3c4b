package dev.modelbench.deploy.onboard;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.ModelCodeGenerator;
import dev.modelbench.deploy.ModelCodeGenerators;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.mcu.BoardFit;
import dev.modelbench.deploy.mcu.MicrocontrollerSketch;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.cnn.CnnFile;
import dev.modelbench.train.project.TrainedModelStore;

/**
 * The program that runs a project's trained model on a board ({@link DeployMode#MODEL_ON_BOARD}),
 * written by the board's {@link ModelCodeGenerator} from a fresh export of the model.
 *
 * @param board the board it is for
 * @param files the files to put on the board, the program first
 * @param fit   on a microcontroller, the model's flash, RAM and time there; empty elsewhere
 */
public record BoardProgram(Board board, List<Path> files, Optional<BoardFit> fit) {

	/** The export format the generators read: model.onnx and model.yaml. */
	public static final String FORMAT = "onnx"; //$NON-NLS-1$

	/** The folder, inside the program's, that holds the export it was made from. */
	public static final String MODEL_FOLDER = "model"; //$NON-NLS-1$

	/** The program the board runs: the .ino of a sketch, main.py on a Linux board. */
	public Path main() {
		return files.getFirst();
	}

	/**
	 * Exports the trained model of the project in {@code projectFolder} into {@code <folder>/model}
	 * and writes the board's program into {@code folder}.
	 *
	 * @param modelName the name the export records, e.g. the project's
	 * @throws DeployException when the project has no trained model, or it cannot run on the board
	 *                         (the message says why, for the user)
	 */
	public static BoardProgram generate(Path projectFolder, String modelName, Board board, Path folder,
			IProgressMonitor monitor) throws DeployException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Program_task, board.name()), 10);
		if (!board.deployModes().contains(DeployMode.MODEL_ON_BOARD)) {
			throw new DeployException(NLS.bind(Messages.Program_notOnBoard, board.name()));
		}
		ModelCodeGenerator generator = ModelCodeGenerators.forBoard(board).orElseThrow(
				() -> new DeployException(NLS.bind(Messages.Program_noGenerator, board.name())));
		Path export = folder.resolve(MODEL_FOLDER);
		exportInto(projectFolder, modelName, board, export);
		progress.worked(4);
		List<Path> files = generator.generate(ExportedModel.read(export), board, folder, progress.split(6));
		return new BoardProgram(board, files, board.microcontroller().isPresent() ? Optional.of(fit(export, board))
				: Optional.empty());
	}

	/**
	 * Replaces {@code export} with a fresh export as a whole: a file left from an older model (an
	 * earlier CNN's weights beside a newer transfer model) must not be taken for this one's.
	 */
	private static void exportInto(Path projectFolder, String modelName, Board board, Path export)
			throws DeployException {
		Path fresh = export.resolveSibling(export.getFileName() + ".new"); //$NON-NLS-1$
		try (TrainedModel model = TrainedModelStore.load(projectFolder)) {
			if (!model.exportFormats().contains(FORMAT)) {
				throw new DeployException(NLS.bind(Messages.Program_noOnnx, kindLabel(model), board.name()));
			}
			deleteTree(fresh);
			model.export(FORMAT, fresh, modelName);
			if (board.microcontroller().isPresent() && !Files.isRegularFile(fresh.resolve(CnnFile.EXPORT_FILE))) {
				throw new DeployException(NLS.bind(Messages.Program_notFromScratch, board.name(), kindLabel(model)));
			}
			deleteTree(export);
			Files.move(fresh, export, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			// TrainedModelStore says "not trained yet" in the user's words; other failures name the folder.
			throw new DeployException(e instanceof TrainedModelException ? e.getMessage()
					: NLS.bind(Messages.Program_cannotExport, export, e.getMessage()), e);
		} finally {
			try {
				deleteTree(fresh);
			} catch (IOException e) {
				// A leftover .new folder is replaced by the next export.
			}
		}
	}

	private static String kindLabel(TrainedModel model) {
		return ModelKinds.find(model.kindId()).map(ModelKinds.Descriptor::label).orElse(model.kindId());
	}

	private static BoardFit fit(Path export, Board board) throws DeployException {
		try {
			return MicrocontrollerSketch.estimate(CnnFile.fromBytes(Files.readAllBytes(export.resolve(CnnFile.EXPORT_FILE))),
					board);
		} catch (IOException e) {
			throw new DeployException(NLS.bind(Messages.Program_cannotExport, export, e.getMessage()), e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
