package dev.modelbench.train.onnx;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ai.onnxruntime.OrtEnvironment;

import dev.modelbench.core.host.Host;

/**
 * Points ONNX Runtime at its native libraries as the OSGi framework keeps them unpacked in its
 * bundle storage. Left to itself, ONNX Runtime copies them out of its jar into a new temporary
 * folder on every start (22 MB on Linux, about 0.2 s of CPU) and only deletes them when the JVM
 * exits normally: the folder itself stayed behind after every run, and all 22 MB after a run that
 * was killed. The framework unpacks each file once per configuration area and keeps it.
 */
final class OnnxNativeLibraries {

	/** ONNX Runtime's system property: a folder holding its native libraries. */
	static final String FOLDER_PROPERTY = "onnxruntime.native.path"; //$NON-NLS-1$

	/** The libraries ONNX Runtime looks for in that folder: the first {@link #REQUIRED} always, the last on Windows. */
	private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni", //$NON-NLS-1$ //$NON-NLS-2$
			"onnxruntime_providers_shared"); //$NON-NLS-1$
	private static final int REQUIRED = 2;

	private OnnxNativeLibraries() {
	}

	/**
	 * Sets {@value #FOLDER_PROPERTY} to the unpacked libraries unless the user set it or ONNX Runtime
	 * is not a bundle here (then it unpacks them itself, as before). Call before ONNX Runtime's first use.
	 */
	static void useUnpackedOnce() {
		if (System.getProperty(FOLDER_PROPERTY) != null) {
			return;
		}
		Bundle bundle = FrameworkUtil.getBundle(OrtEnvironment.class);
		String platform = platform();
		if (bundle == null || platform == null) {
			return;
		}
		Path folder = null;
		for (int i = 0; i < LIBRARIES.size(); i++) {
			// ONNX Runtime's own resource layout and file names (macOS's .jnilib is a .dylib there).
			URL entry = bundle.getEntry("ai/onnxruntime/native/" + platform + '/' //$NON-NLS-1$
					+ System.mapLibraryName(LIBRARIES.get(i)).replace(".jnilib", ".dylib")); //$NON-NLS-1$ //$NON-NLS-2$
			if (entry == null) {
				if (i < REQUIRED) {
					return; // not this platform's build: ONNX Runtime reports that itself
				}
				continue;
			}
			try {
				// toFileURL's URL is not encoded (a space stays a space): URIUtil reads it on every OS.
				File file = URIUtil.toFile(URIUtil.toURI(FileLocator.toFileURL(entry)));
				Path unpacked = file == null ? null : file.toPath();
				if (unpacked == null || !Files.isRegularFile(unpacked)) {
					return;
				}
				folder = unpacked.getParent();
			} catch (IOException | URISyntaxException e) {
				// A bundle storage that cannot be written: ONNX Runtime unpacks them itself, as before.
				return;
			}
		}
		System.setProperty(FOLDER_PROPERTY, folder.toString());
	}

	/** ONNX Runtime's name for this JVM's platform (its folder under ai/onnxruntime/native), or null. */
	private static String platform() {
		Host host = Host.current();
		String system = switch (host.os()) {
		case LINUX -> "linux"; //$NON-NLS-1$
		case WINDOWS -> "win"; //$NON-NLS-1$
		case MACOS -> "osx"; //$NON-NLS-1$
		case OTHER -> null;
		};
		String processor = switch (host.arch()) {
		case X86_64 -> "x64"; //$NON-NLS-1$
		case AARCH64 -> "aarch64"; //$NON-NLS-1$
		case OTHER -> null;
		};
		return system == null || processor == null ? null : system + '-' + processor;
	}
}
