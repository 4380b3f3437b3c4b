package dev.modelbench.train.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

/**
 * Opens ONNX Runtime sessions for Model Bench's models, all in one shared environment. ONNX Runtime
 * runs the frozen feature extractors and checks every exported model.
 */
public final class OnnxSessions {

	/** System property: threads one session may use (default: the available processors, at most 4). */
	public static final String THREADS_PROPERTY = "modelbench.onnx.threads"; //$NON-NLS-1$

	private static final int MAX_DEFAULT_THREADS = 4;

	static {
		OnnxNativeLibraries.useUnpackedOnce();
	}

	private OnnxSessions() {
	}

	/**
	 * The process-wide environment; ONNX Runtime allows one. Its native libraries are loaded from
	 * where the framework keeps them unpacked (see {@link OnnxNativeLibraries}).
	 */
	public static OrtEnvironment environment() {
		return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "modelbench"); //$NON-NLS-1$
	}

	/** A session on an ONNX model held in memory, with {@link #threads()} intra-op threads. */
	public static OrtSession open(byte[] model) throws OrtException {
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			options.setIntraOpNumThreads(threads());
			options.setInterOpNumThreads(1);
			// Idle intra-op threads spin by default, keeping every core busy between operators: in the
			// IDE that is CPU the UI thread needs. Waiting instead costs little on these small models.
			options.addConfigEntry("session.intra_op.allow_spinning", "0"); //$NON-NLS-1$ //$NON-NLS-2$
			return environment().createSession(model, options);
		}
	}

	/** The intra-op threads of a session: {@value #THREADS_PROPERTY}, or the processors up to 4. */
	public static int threads() {
		Integer configured = Integer.getInteger(THREADS_PROPERTY);
		if (configured != null && configured > 0) {
			return configured;
		}
		return Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
	}
}
