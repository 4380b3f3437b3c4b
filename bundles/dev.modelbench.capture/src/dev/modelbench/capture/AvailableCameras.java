package dev.modelbench.capture;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.capture.internal.Messages;

/**
 * The cameras all listers found, and what kept the others from listing. Listing asks the operating
 * system and may take a moment: do it off the UI thread.
 *
 * @param cameras        every camera found, in lister order
 * @param problems       the messages of the listers that could not list, for the user
 * @param usbUnsupported whether this computer cannot use USB webcams at all (then there is nothing to connect)
 */
public record AvailableCameras(List<Camera> cameras, List<String> problems, boolean usbUnsupported) {

	public AvailableCameras {
		cameras = List.copyOf(cameras);
		problems = List.copyOf(problems);
	}

	/** Asks every lister; one that fails adds its message to {@link #problems()} and the rest still count. */
	public static AvailableCameras list(List<? extends CameraLister> listers) {
		List<Camera> cameras = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		boolean unsupported = false;
		for (CameraLister lister : listers) {
			try {
				cameras.addAll(lister.cameras());
			} catch (CamerasUnsupportedException e) {
				unsupported = true;
				problems.add(e.getMessage());
			} catch (CameraException e) {
				problems.add(e.getMessage());
			}
		}
		return new AvailableCameras(cameras, problems, unsupported);
	}

	public boolean isEmpty() {
		return cameras.isEmpty();
	}

	/**
	 * What to tell the user when there is no camera: what to connect (or, where USB webcams cannot
	 * work, to use a phone as an IP camera), and what went wrong, if anything.
	 */
	public String noCameraMessage() {
		StringBuilder message = new StringBuilder(usbUnsupported ? Messages.Cameras_noneWithoutUsb : Messages.Cameras_none);
		for (String problem : problems) {
			message.append("\n\n").append(NLS.bind(Messages.Cameras_problem, problem)); //$NON-NLS-1$
		}
		return message.toString();
	}
}
