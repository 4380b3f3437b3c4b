package dev.modelbench.deploy.sensor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.OnBoardSensor;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.deploy.mcu.CaptureSketch;
import dev.modelbench.deploy.sketch.SketchCompiler;
import dev.modelbench.deploy.sketch.SketchFlasher;

/**
 * Puts Model Bench's capture sketch onto a board, so that a board that runs something else becomes
 * a camera and microphone: the sketch generated, compiled and flashed by the board's own upload
 * path, as Compile and upload does for a model.
 */
public final class CaptureSketchInstaller {

	/** The frames the capture sketch sends when flashed from a recording dialog: SenseCraft's size. */
	public static final CaptureSketch.CameraSize SIZE = CaptureSketch.CameraSize.S240X240;

	/** Finds the compiler when it is needed, after the sketch is written, so a missing one still leaves the sketch to see. */
	@FunctionalInterface
	public interface CompilerSource {
		SketchCompiler find() throws DeployException;
	}

	private final CompilerSource compiler;
	private final SketchFlasher flasher;

	/** With the compiler this computer has ({@link SketchCompiler#find()}). */
	public CaptureSketchInstaller(SketchFlasher flasher) {
		this(SketchCompiler::find, flasher);
	}

	public CaptureSketchInstaller(CompilerSource compiler, SketchFlasher flasher) {
		this.compiler = compiler;
		this.flasher = flasher;
	}

	/** Whether the capture sketch is made for {@code board} (a camera on the ESP32 driver, and an Arduino core). */
	public static boolean fits(Board board) {
		return board.fqbn().isPresent() && board.microcontroller()
				.map(mcu -> mcu.sensors().contains(OnBoardSensor.ESP32_CAMERA)).orElse(false);
	}

	/**
	 * Generates the sketch into {@code workFolder}, compiles it there and flashes it onto
	 * {@code board} on {@code port}.
	 *
	 * @throws DeployException when the board does not take it, the compiler is missing or fails, or the flash fails
	 */
	public SketchFlasher.Flashed install(Board board, String port, Path workFolder, IProgressMonitor monitor)
			throws DeployException {
		if (!fits(board)) {
			throw new DeployException(NLS.bind(Messages.Capture_notForBoard, board.name()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Capture_task, board.name(), port), 10);
		Path sketch;
		try {
			sketch = CaptureSketch.generate(SIZE).writeTo(workFolder);
		} catch (IOException e) {
			throw new DeployException(NLS.bind(Messages.Capture_cannotWrite, workFolder, e.getMessage()), e);
		}
		SketchCompiler.Compiled compiled = compiler.find().compile(sketch, board.fqbn().orElseThrow(),
				workFolder.resolve("build"), progress.split(5)); //$NON-NLS-1$
		return flasher.flash(board, compiled, port, progress.split(5));
	}
}
