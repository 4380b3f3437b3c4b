package dev.modelbench.deploy.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.sensor.BoardFrame;
import dev.modelbench.deploy.sensor.BoardRecorder;
import dev.modelbench.deploy.sensor.SscmaSession;
import dev.modelbench.deploy.tests.fixtures.CameraJpegs;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard;
import dev.modelbench.deploy.tests.fixtures.SimulatedSscmaBoard.Firmware;

/**
 * How fast a board's camera previews: 240 × 240 JPEG frames from the simulated SSCMA board over a
 * pty, as fast as the pty carries them and paced to what a 921600-baud UART (the Grove Vision AI
 * V2's USB-serial chip) and the XIAO's native USB carry; frames per second, and the time from a
 * frame's last byte to its decoded picture. Not a unit test (timings vary with the machine): run
 * by name, see the README. Writes target/benchmark/board-preview.txt.
 */
class BoardPreviewBenchmark {

	private static final int WARM_UP = 20;

	@TempDir
	Path folder;

	@Test
	void previewSpeed() throws Exception {
		List<byte[]> jpegs = CameraJpegs.frames(8, CameraJpegs.SIZE);
		double jpegBytes = jpegs.stream().mapToInt(j -> j.length).average().orElseThrow();
		double lineBytes = jpegs.stream().mapToInt(j -> Base64.getEncoder().encodeToString(j).length()).average()
				.orElseThrow() + 80;
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "240x240 JPEG: %.0f bytes on average, %.0f bytes a frame on the line (base64 and JSON)%n",
				jpegBytes, lineBytes));
		table.append(String.format(Locale.ROOT, "%-34s %7s %8s %8s %8s %8s %8s%n", "line", "frames", "fps",
				"ideal", "p50 ms", "p99 ms", "max ms"));
		run(table, "pty, unpaced", 0, 300, jpegs, lineBytes);
		run(table, "921600 baud UART (92,160 B/s)", 92_160, 40, jpegs, lineBytes);
		run(table, "USB CDC at 1 MB/s", 1_000_000, 150, jpegs, lineBytes);
		Path out = Paths.get("target", "benchmark", "board-preview.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
		System.out.print(table);
	}

	private void run(StringBuilder table, String line, int rate, int count, List<byte[]> jpegs, double lineBytes)
			throws Exception {
		Path pair = Files.createTempDirectory(folder, "pty");
		try (PtyPair pty = PtyPair.open(pair);
				SimulatedSscmaBoard board = new SimulatedSscmaBoard(Firmware.XIAO_SSCMA, pty.b(), jpegs, new short[1])
						.pace(rate);
				SscmaSession session = SscmaSession.open(pty.a(), SscmaSession.DEFAULT_BAUD)) {
			session.identify();
			session.startCamera();
			BoardRecorder recorder = new BoardRecorder(session, new NullProgressMonitor());
			recorder.frames(WARM_UP, frame -> {
			});
			List<BoardFrame> frames = new ArrayList<>();
			long start = System.nanoTime();
			recorder.frames(count, frames::add);
			double seconds = (frames.getLast().received() - start) / 1e9;
			double[] latencies = frames.stream().mapToDouble(f -> (f.decoded() - f.received()) / 1e6).sorted().toArray();
			table.append(String.format(Locale.ROOT, "%-34s %7d %8.1f %8s %8.2f %8.2f %8.2f%n", line, count,
					count / seconds, rate == 0 ? "-" : String.format(Locale.ROOT, "%.1f", rate / lineBytes),
					percentile(latencies, 0.5), percentile(latencies, 0.99), latencies[latencies.length - 1]));
			session.stop();
		}
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
	}
}
