package dev.modelbench.deploy.mcu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.ModelCodeGenerator;
import dev.modelbench.deploy.ModelTooBigException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.board.OnBoardSensor;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.sketch.GeneratedSketch;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnFile;

/**
 * The Arduino sketch that runs a from-scratch CNN on a microcontroller: the model quantised into
 * {@value CnnHeaders#DATA}, the integer forward pass (mb_cnn.c), the input code (log-mel in
 * mb_logmel.c for sound, scaling in mb_image.c for images) and an .ino that captures and prints
 * {@code label,confidence}. Refuses, with the numbers, a model that does not fit the board.
 */
public final class MicrocontrollerSketch implements ModelCodeGenerator {

	/** The CNN in an export folder, as {@link CnnFile} writes it, for {@link #generate(ExportedModel, Board, Path, IProgressMonitor)}. */
	public static final String CNN_FILE = CnnFile.EXPORT_FILE;

	/** The C files every sketch carries, as they are in this bundle. */
	static final List<String> CNN_SOURCES = List.of("mb_cnn.h", "mb_cnn.c"); //$NON-NLS-1$ //$NON-NLS-2$
	static final List<String> SOUND_SOURCES = List.of("mb_logmel.h", "mb_logmel.c"); //$NON-NLS-1$ //$NON-NLS-2$
	/** A camera sketch also carries the SSCMA framing, to send the frames it classified (ModelSketchSource). */
	static final List<String> IMAGE_SOURCES = List.of("mb_image.h", "mb_image.c", CaptureSketch.HEADER, CaptureSketch.SOURCE); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A generated sketch.
	 *
	 * @param folder the sketch folder (the .ino's name is the folder's)
	 * @param files  every file in it, the .ino first
	 * @param fit    the model's sizes and latency on the board
	 */
	public record Result(Path folder, List<Path> files, BoardFit fit) {
	}

	/**
	 * The sizes and latency of {@code cnn} on {@code board}, before anything is generated.
	 *
	 * @throws DeployException when the board is no microcontroller or the model's input is neither sound nor image
	 */
	public static BoardFit estimate(CnnClassifier cnn, Board board) throws DeployException {
		return ModelFootprint.of(cnn.shape(), BoardInput.of(cnn.shape()), cnn.classNames()).on(board);
	}

	/**
	 * Writes the sketch of {@code model} for {@code board} into {@code <folder>/<sketch name>}.
	 *
	 * @throws ModelTooBigException when the model does not fit the board, with the numbers
	 * @throws DeployException      when the board cannot give the model its input, or the files cannot be written
	 */
	public Result generate(OnBoardCnn model, Board board, Path folder, IProgressMonitor monitor) throws DeployException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Mcu_task, board.name()), 3);
		BoardFit fit = estimate(model.cnn(), board);
		fit.requireFits(model.name());
		BoardInput input = BoardInput.of(model.cnn().shape());
		Microcontroller mcu = board.microcontroller().orElseThrow();
		if (input == BoardInput.CAMERA && !mcu.sensors().contains(OnBoardSensor.ESP32_CAMERA)) {
			throw new DeployException(NLS.bind(Messages.Mcu_noCamera, board.name()));
		}
		QuantizedCnn quantized;
		try {
			quantized = QuantizedCnn.of(model.cnn(), model.calibration());
		} catch (IllegalArgumentException e) {
			throw new DeployException(NLS.bind(Messages.Mcu_tooWide, e.getMessage()), e);
		}
		progress.worked(2);
		Map<String, String> files = new LinkedHashMap<>();
		files.put(CnnHeaders.SIZES, CnnHeaders.sizes(quantized, model.name()));
		files.put(CnnHeaders.DATA, CnnHeaders.data(quantized));
		List<String> sources = new ArrayList<>(CNN_SOURCES);
		if (input == BoardInput.MICROPHONE) {
			files.put(LogMelHeader.DATA, LogMelHeader.data());
			sources.addAll(SOUND_SOURCES);
		} else {
			sources.addAll(IMAGE_SOURCES);
		}
		String name = sketchName(model.name());
		try {
			for (String source : sources) {
				files.put(source, resource(source));
			}
			GeneratedSketch sketch = new GeneratedSketch(name, ModelSketchSource.source(model.name(), input, mcu, fit),
					Set.of(), files);
			Path written = sketch.writeTo(folder);
			List<Path> paths = new ArrayList<>();
			paths.add(written.resolve(name + ".ino")); //$NON-NLS-1$
			files.keySet().forEach(file -> paths.add(written.resolve(file)));
			progress.worked(1);
			return new Result(written, List.copyOf(paths), fit);
		} catch (IOException e) {
			throw new DeployException(NLS.bind(Messages.Mcu_cannotWrite, folder, e.getMessage()), e);
		}
	}

	/**
	 * The sketch of the CNN saved beside the export's ONNX file as {@value #CNN_FILE}; without
	 * calibration samples there, the activation ranges are measured on standard-normal inputs.
	 */
	@Override
	public List<Path> generate(ExportedModel model, Board board, Path folder, IProgressMonitor monitor)
			throws DeployException {
		Path file = model.onnx().resolveSibling(CNN_FILE);
		CnnClassifier cnn;
		try {
			cnn = CnnFile.fromBytes(Files.readAllBytes(file));
		} catch (IOException e) {
			throw new DeployException(NLS.bind(Messages.Mcu_noCnn, model.onnx().getParent(), CNN_FILE), e);
		}
		return generate(new OnBoardCnn(model.name(), cnn, List.of()), board, folder, monitor).files();
	}

	/** An Arduino sketch name: letters, digits and underscores, starting with a letter. */
	static String sketchName(String modelName) {
		String cleaned = modelName.replaceAll("[^A-Za-z0-9_]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "model_" + cleaned : cleaned; //$NON-NLS-1$
	}

	static String resource(String name) throws IOException {
		try (InputStream in = MicrocontrollerSketch.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
