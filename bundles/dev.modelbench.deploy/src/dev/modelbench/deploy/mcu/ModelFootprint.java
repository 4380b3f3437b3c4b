package dev.modelbench.deploy.mcu;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.Microcontroller;
import dev.modelbench.deploy.internal.Messages;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.sound.LogMelSpectrogram;

/**
 * What the generated C of a model takes, known from its shape before anything is generated.
 *
 * @param weightBytes  flash for the int8 weights, the per-channel biases and requantisation, the standardisation and labels
 * @param codeBytes    flash for the inference and input code and its tables (arm-none-eabi-gcc -Os sizes)
 * @param arenaBytes   RAM for the two int16 activation buffers and the int32 pooled features
 * @param inputBytes   RAM for the float input
 * @param captureBytes RAM for the capture: the second of sound and the FFT frame, or the camera frame
 * @param macs         multiply-accumulates of one inference
 * @param featureFlops float operations of computing the input (log-mel, image scaling)
 */
public record ModelFootprint(long weightBytes, long codeBytes, long arenaBytes, long inputBytes, long captureBytes,
		long macs, long featureFlops) {

	/** The code of mb_cnn.o for Cortex-M4, -Os, less its data (arm-none-eabi-gcc 12.2: about 1,450 bytes). */
	static final long CNN_CODE_BYTES = 1_500;
	/** The code of mb_logmel.o, likewise (about 460 bytes). */
	static final long LOGMEL_CODE_BYTES = 500;
	/** mb_image.o, likewise (768 bytes). */
	static final long IMAGE_CODE_BYTES = 800;
	/** The frame the camera driver fills: QQVGA RGB565. */
	static final int CAMERA_WIDTH = 160;
	static final int CAMERA_HEIGHT = 120;

	/** The footprint of a CNN of {@code shape} fed from {@code input}. */
	public static ModelFootprint of(CnnShape shape, BoardInput input, List<String> classNames) {
		long weights = 0;
		for (int b = 0; b < shape.blocks(); b++) {
			weights += (long) shape.filters(b) * shape.inputChannels(b) * 9 + 9L * shape.filters(b);
		}
		weights += (long) shape.features() * shape.classes() + 9L * shape.classes();
		int groups = input == BoardInput.MICROPHONE ? shape.width() : shape.channels();
		weights += 8L * groups;
		for (String label : classNames) {
			weights += label.getBytes(StandardCharsets.UTF_8).length + 1 + 4;
		}
		long arena = 2L * 2 * CnnHeaders.bufferValues(shape) + 4L * shape.features();
		long inputBytes = 4L * shape.inputSize();
		long code = CNN_CODE_BYTES;
		long capture;
		long flops;
		if (input == BoardInput.MICROPHONE) {
			code += LOGMEL_CODE_BYTES + LogMelHeader.tableBytes();
			capture = 2L * LogMelSpectrogram.WINDOW_SAMPLES + 2L * 4 * LogMelSpectrogram.FRAME_LENGTH;
			int n = LogMelSpectrogram.FRAME_LENGTH;
			long fft = 5L * n / 2 * Integer.numberOfTrailingZeros(n);
			flops = LogMelSpectrogram.FRAMES * (2L * n + fft + 4L * (n / 2 + 1) + 30L * LogMelSpectrogram.MEL_BANDS);
		} else {
			code += IMAGE_CODE_BYTES;
			long pixels = (long) CAMERA_WIDTH * CAMERA_HEIGHT;
			capture = 2 * pixels + 3 * pixels;
			flops = 3 * pixels + 3L * 10 * shape.height() * shape.width();
		}
		return new ModelFootprint(weights, code, arena, inputBytes, capture, shape.multiplyAccumulates(), flops);
	}

	/** Flash the model adds to a sketch. */
	public long flashBytes() {
		return weightBytes + codeBytes;
	}

	/** RAM the model adds to a sketch. */
	public long ramBytes() {
		return arenaBytes + inputBytes + captureBytes;
	}

	/**
	 * How the model fits {@code board}, with the latency of one result.
	 *
	 * @throws DeployException when the board is not a microcontroller
	 */
	public BoardFit on(Board board) throws DeployException {
		Microcontroller mcu = board.microcontroller()
				.orElseThrow(() -> new DeployException(NLS.bind(Messages.Mcu_notMicrocontroller, board.name())));
		long flashFree = mcu.programFlash() - mcu.coreFlash();
		long ramFree = mcu.dataRam() - mcu.coreRam();
		long ramNeeded = ramBytes() + (mcu.constantsInRam() ? flashBytes() : 0);
		double modelMs = macs * mcu.cyclesPerMac() / mcu.clockHz() * 1000;
		double featuresMs = featureFlops * mcu.cyclesPerFlop() / mcu.clockHz() * 1000;
		return new BoardFit(board, this, flashBytes(), flashFree, ramNeeded, ramFree, modelMs, featuresMs);
	}
}
