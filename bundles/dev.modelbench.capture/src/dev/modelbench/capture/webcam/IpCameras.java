package dev.modelbench.capture.webcam;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import com.github.sarxos.webcam.ds.ipcam.IpCamDevice;
import com.github.sarxos.webcam.ds.ipcam.IpCamMode;

import dev.modelbench.capture.Camera;
import dev.modelbench.capture.CameraException;
import dev.modelbench.capture.CameraLister;
import dev.modelbench.capture.internal.Messages;

/**
 * Network cameras that stream MJPEG over HTTP, such as a phone running an "IP webcam" app: the
 * classroom's webcam when the computer has none. Given by their addresses, e.g. from the preferences.
 */
public final class IpCameras implements CameraLister {

	private final List<String> addresses;

	/** @param addresses the cameras' stream URLs, e.g. {@code http://192.168.1.20:8080/video} */
	public IpCameras(List<String> addresses) {
		this.addresses = List.copyOf(addresses);
	}

	@Override
	public List<Camera> cameras() throws CameraException {
		List<Camera> cameras = new ArrayList<>();
		for (String address : addresses) {
			cameras.add(camera(address));
		}
		return cameras;
	}

	/**
	 * The camera streaming at {@code address}.
	 *
	 * @throws CameraException when the address is no http(s) URL
	 */
	public static Camera camera(String address) throws CameraException {
		URL url = url(address);
		return new DeviceCamera(new IpCamDevice(NLS.bind(Messages.Cameras_ipName, url.getHost(), address), url,
				IpCamMode.PUSH));
	}

	/**
	 * The stream URL {@code address} names.
	 *
	 * @throws CameraException when it is no http(s) URL with a host
	 */
	public static URL url(String address) throws CameraException {
		String text = address.strip();
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new CameraException(NLS.bind(Messages.Cameras_badAddress, text));
			}
			return uri.toURL();
		} catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
			throw new CameraException(NLS.bind(Messages.Cameras_badAddress, text), e);
		}
	}
}
