package dev.modelbench.capture.audio;

import java.util.List;

/**
 * Finds sound inputs of one kind. Other bundles may register one as an OSGi service, as they may
 * a {@code CameraLister}; {@link Microphones#inputs()} lists the computer's own.
 */
public interface SoundInputLister {

	/** The inputs there are now; empty when none is connected. */
	List<SoundInput> inputs();
}
