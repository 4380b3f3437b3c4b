package dev.modelbench.ui.capture;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundInputLister;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.sensor.SensorPorts;

/**
 * The connected boards that may be a camera or microphone: listed by USB id, beside the webcams and
 * microphones; whether one runs SenseCraft's firmware or the capture sketch shows when it is opened.
 */
final class BoardSensors {

	static final CameraLister CAMERAS = () -> cameras(SensorPorts.list(BoardCatalog.installed()));
	static final SoundInputLister MICROPHONES = () -> microphones(SensorPorts.list(BoardCatalog.installed()));

	private BoardSensors() {
	}

	static List<Camera> cameras(List<SensorPorts.SensorPort> ports) {
		return ports.stream().<Camera> map(port -> new BoardCamera(port.path(), NLS.bind(Messages.Board_camera, port.label()), port.captureBoard()))
				.toList();
	}

	static List<SoundInput> microphones(List<SensorPorts.SensorPort> ports) {
		return ports.stream().filter(SensorPorts.SensorPort::microphone)
				.<SoundInput> map(port -> new BoardMicrophone(port.path(), NLS.bind(Messages.Board_microphone, port.label()),
						port.captureBoard()))
				.toList();
	}
}
