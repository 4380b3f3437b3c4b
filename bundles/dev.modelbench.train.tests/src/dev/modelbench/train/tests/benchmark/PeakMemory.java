package dev.modelbench.train.tests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory (Linux VmHWM), which counts what native libraries such as
 * ONNX Runtime allocate as well as the Java heap. Resettable, so each measured step gets its own peak.
 */
final class PeakMemory {

	private static final Path STATUS = Path.of("/proc/self/status");
	private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

	private PeakMemory() {
	}

	/** Starts a new peak at the current resident size (writing 5 to clear_refs resets VmHWM). */
	static void reset() {
		System.gc();
		try {
			Files.writeString(CLEAR_REFS, "5");
		} catch (IOException e) {
			// not Linux, or not allowed: the peak then counts from the start of the process
		}
	}

	/** The peak in MiB since the last {@link #reset()}, or -1 where the system does not tell it. */
	static long mebibytes() {
		try {
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		} catch (IOException | NumberFormatException e) {
			// fall through
		}
		return -1;
	}
}
