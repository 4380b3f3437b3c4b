package dev.modelbench.deploy.boards;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.board.UsbId;

/**
 * DFRobot UNIHIKER: a Linux single-board computer with a screen that runs Python, ONNX Runtime and
 * SIoT; over USB it is a network device at 10.1.2.3 with SSH (root / dfrobot).
 */
public class Unihiker extends Board {

	/** The address the board has on its USB network. */
	public static final String USB_ADDRESS = "10.1.2.3"; //$NON-NLS-1$

	@Override
	public String chip() {
		return "RK3308"; //$NON-NLS-1$
	}

	@Override
	public List<UsbId> usbIds() {
		return List.of(); // found on the network, not as a serial port
	}

	@Override
	public long flashBytes() {
		return 16L * 1024 * 1024 * 1024; // eMMC
	}

	@Override
	public long ramBytes() {
		return 512L * 1024 * 1024;
	}

	@Override
	public Set<DeployMode> deployModes() {
		return Set.of(DeployMode.MODEL_ON_BOARD, DeployMode.RESULTS_OVER_MQTT);
	}

	@Override
	public UploadMethod uploadMethod() {
		return new UploadMethod.Sftp(USB_ADDRESS, 22, "root", "dfrobot", "/root/modelbench"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public Optional<String> fqbn() {
		return Optional.empty();
	}

	@Override
	public int ledPin() {
		return -1;
	}

	@Override
	public String modelCapability() {
		return "linux-onnx"; //$NON-NLS-1$
	}
}
