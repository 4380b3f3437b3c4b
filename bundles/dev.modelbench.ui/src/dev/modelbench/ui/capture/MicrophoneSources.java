package dev.modelbench.ui.capture;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.modelbench.capture.audio.Microphones;
import dev.modelbench.capture.audio.SoundInput;
import dev.modelbench.capture.audio.SoundInputLister;

/**
 * Where the UI's sound inputs come from: any {@link SoundInputLister} registered as an OSGi service
 * (a board's microphone, a test's recording), then the computer's microphones.
 */
public final class MicrophoneSources {

	private MicrophoneSources() {
	}

	/** Lists every input there is now; asks the sound system, so call it off the UI thread. */
	public static List<SoundInput> list() {
		List<SoundInput> inputs = new ArrayList<>();
		BundleContext context = FrameworkUtil.getBundle(MicrophoneSources.class).getBundleContext();
		if (context != null) {
			try {
				for (ServiceReference<SoundInputLister> reference : context.getServiceReferences(SoundInputLister.class,
						null)) {
					SoundInputLister lister = context.getService(reference);
					if (lister != null) {
						inputs.addAll(lister.inputs());
					}
				}
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		inputs.addAll(BoardSensors.MICROPHONES.inputs());
		inputs.addAll(Microphones.inputs());
		return inputs;
	}
}
