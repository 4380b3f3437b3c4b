package dev.modelbench.ui.preferences;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.project.TrainedModelStore;

/** Model Bench's preferences (Window &gt; Preferences &gt; Model Bench) and what they mean. */
public final class UiPreferences {

	public static final String QUALIFIER = "dev.modelbench.ui"; //$NON-NLS-1$

	/** Training settings a new project starts with. */
	public static final String BATCH_SIZE = "batchSize"; //$NON-NLS-1$
	public static final String EPOCHS = "epochs"; //$NON-NLS-1$
	public static final String OPTIMIZER = "optimizer"; //$NON-NLS-1$
	/** The camera chosen last, by name; the capture dialog and the Validation view start with it. */
	public static final String CAMERA = "camera"; //$NON-NLS-1$
	/** Frames a second that holding the record button saves. */
	public static final String FRAMES_PER_SECOND = "framesPerSecond"; //$NON-NLS-1$
	/** The microphone chosen last, by name; the recording dialog and the Validation view start with it. */
	public static final String MICROPHONE = "microphone"; //$NON-NLS-1$
	/** Stream addresses of IP cameras (phones), one a line. */
	public static final String IP_CAMERAS = "ipCameras"; //$NON-NLS-1$
	/** Where trainers keep their caches: empty for the project's own .cache folder. */
	public static final String CACHE_FOLDER = "cacheFolder"; //$NON-NLS-1$

	private static ScopedPreferenceStore store;

	private UiPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}

	/** Sets the defaults: those of the model (batch 16, 20 epochs, auto), 5 frames a second, caches in the project. */
	public static void initializeDefaults(IPreferenceStore preferences) {
		preferences.setDefault(BATCH_SIZE, 16);
		preferences.setDefault(EPOCHS, 20);
		preferences.setDefault(OPTIMIZER, OptimizerChoice.AUTO);
		preferences.setDefault(CAMERA, ""); //$NON-NLS-1$
		preferences.setDefault(FRAMES_PER_SECOND, 5);
		preferences.setDefault(IP_CAMERAS, ""); //$NON-NLS-1$
		preferences.setDefault(CACHE_FOLDER, ""); //$NON-NLS-1$
	}

	/** Gives {@code settings} of a brand-new project the preferred defaults. */
	public static void applyDefaults(TrainingSettings settings) {
		IPreferenceStore preferences = store();
		settings.setBatchSize(preferences.getInt(BATCH_SIZE));
		settings.setEpochs(preferences.getInt(EPOCHS));
		settings.setOptimizer(preferences.getString(OPTIMIZER));
	}

	/** The IP camera addresses the user added. */
	public static List<String> ipCameras() {
		return Arrays.stream(store().getString(IP_CAMERAS).split("\\R")).map(String::strip) //$NON-NLS-1$
				.filter(line -> !line.isEmpty()).toList();
	}

	/** Adds an IP camera address, if it is not there yet. */
	public static void addIpCamera(String address) {
		List<String> addresses = new java.util.ArrayList<>(ipCameras());
		if (!addresses.contains(address.strip())) {
			addresses.add(address.strip());
			store().setValue(IP_CAMERAS, String.join("\n", addresses)); //$NON-NLS-1$
		}
	}

	/** The cache folder for the project in {@code projectFolder}: its own .cache, or one per project under the preferred folder. */
	public static Path cacheFolder(Path projectFolder) {
		String folder = store().getString(CACHE_FOLDER).strip();
		return folder.isEmpty() ? TrainedModelStore.cacheFolder(projectFolder)
				: Path.of(folder).resolve(projectFolder.getFileName().toString());
	}
}
