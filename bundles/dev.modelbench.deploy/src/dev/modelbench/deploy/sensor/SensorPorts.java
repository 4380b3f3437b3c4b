package dev.modelbench.deploy.sensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.board.OnBoardSensor;
import dev.modelbench.deploy.board.UsbId;
import dev.modelbench.deploy.serial.PortInfo;
import dev.modelbench.deploy.serial.SerialPorts;

/**
 * The serial ports behind which a board with a camera may answer in SSCMA's protocol: boards of
 * the catalog with a camera (the XIAO ESP32S3 Sense), and the Grove Vision AI V2 by its USB id.
 * Whether it really runs SenseCraft's firmware or the capture sketch shows only when it is opened.
 */
public final class SensorPorts {

	/** The Grove Vision AI V2's USB-serial chip (a WCH CH343). */
	static final UsbId GROVE_VISION_AI_V2 = new UsbId(0x1A86, 0x55D3);
	private static final String GROVE_NAME = "Grove Vision AI V2"; //$NON-NLS-1$

	/**
	 * A port with a possible sensor board.
	 *
	 * @param path       what to open it by
	 * @param label      the board and the port, for choosers, e.g. "XIAO ESP32S3 Sense (/dev/ttyACM0)"
	 * @param microphone whether the board has a microphone the capture sketch can send
	 * @param captureBoard the board Model Bench's capture sketch can be flashed onto, if it is one
	 */
	public record SensorPort(String path, String label, boolean microphone, Optional<Board> captureBoard) {
	}

	private SensorPorts() {
	}

	/** The ports with a sensor board now. */
	public static List<SensorPort> list(BoardCatalog catalog) {
		return of(SerialPorts.list(), catalog);
	}

	static List<SensorPort> of(List<PortInfo> ports, BoardCatalog catalog) {
		List<SensorPort> found = new ArrayList<>();
		for (PortInfo port : ports) {
			if (port.usbId().filter(GROVE_VISION_AI_V2::equals).isPresent()) {
				found.add(new SensorPort(port.path(), GROVE_NAME + " (" + port.path() + ")", false, Optional.empty())); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			List<Board> boards = port.boards(catalog);
			if (boards.stream().anyMatch(board -> has(board, OnBoardSensor.ESP32_CAMERA))) {
				found.add(new SensorPort(port.path(), port.label(catalog),
						boards.stream().anyMatch(board -> has(board, OnBoardSensor.PDM_MICROPHONE)),
						boards.stream().filter(CaptureSketchInstaller::fits).findFirst()));
			}
		}
		return found;
	}

	/**
	 * The rate to read a model's results from the board on {@code path}: SSCMA's for a Grove Vision
	 * AI V2 (a UART behind its CH343), else Model Bench's sketches' (native USB ignores it). Asks the
	 * system for the ports: off the UI thread.
	 */
	public static int resultBaud(String path) {
		boolean grove = SerialPorts.list().stream().filter(port -> port.path().equals(path))
				.anyMatch(port -> port.usbId().filter(GROVE_VISION_AI_V2::equals).isPresent());
		return grove ? SscmaSession.DEFAULT_BAUD : BoardResultReader.MODEL_SKETCH_BAUD;
	}

	private static boolean has(Board board, OnBoardSensor sensor) {
		return board.microcontroller().map(mcu -> mcu.sensors().contains(sensor)).orElse(false);
	}
}
