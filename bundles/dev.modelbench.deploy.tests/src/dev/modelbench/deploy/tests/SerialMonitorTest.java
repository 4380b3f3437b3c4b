package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.PortNotFoundException;
import dev.modelbench.deploy.monitor.LineEnding;
import dev.modelbench.deploy.monitor.MonitorLine;
import dev.modelbench.deploy.monitor.MonitorListener;
import dev.modelbench.deploy.monitor.SerialMonitor;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.serial.SerialLine;
import dev.modelbench.deploy.serial.SerialPorts;
import dev.modelbench.deploy.tests.fixtures.PtyPair;

/** The serial monitor on a socat pty pair: the test plays the board on the other end. */
class SerialMonitorTest {

	@TempDir
	Path folder;

	private final List<MonitorLine> lines = new CopyOnWriteArrayList<>();
	private final List<String> states = new CopyOnWriteArrayList<>();
	private final MonitorListener listener = new MonitorListener() {
		@Override
		public void line(MonitorLine line) {
			lines.add(line);
		}

		@Override
		public void state(SerialMonitor.State state, String message) {
			states.add(state.name());
		}
	};

	@Test
	void linesFromTheBoardArriveTimestampedAndSentLinesGetTheLineEnding() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				FileOutputStream boardOut = new FileOutputStream(pty.b());
				FileInputStream boardIn = new FileInputStream(pty.b());
				SerialMonitor monitor = SerialMonitor.open(pty.a(), 9600, LineEnding.BOTH, listener)) {
			Instant before = Instant.now();
			boardOut.write("temperature 21.5\r\nhum".getBytes(StandardCharsets.UTF_8));
			boardOut.flush();
			Thread.sleep(100);
			boardOut.write("idity 40\n".getBytes(StandardCharsets.UTF_8)); // a line in two pieces
			boardOut.flush();
			waitFor(() -> lines.size() == 2);
			assertEquals(List.of("temperature 21.5", "humidity 40"), lines.stream().map(MonitorLine::text).toList());
			assertFalse(lines.getFirst().time().isBefore(before));
			assertFalse(lines.getFirst().sent());

			monitor.send("LED on");
			byte[] received = new byte[8];
			assertEquals(8, boardIn.readNBytes(received, 0, 8));
			assertEquals("LED on\r\n", new String(received, StandardCharsets.UTF_8));

			Path log = folder.resolve("monitor.log");
			monitor.saveLog(log);
			List<String> saved = Files.readAllLines(log);
			assertEquals(3, saved.size());
			assertTrue(saved.get(0).endsWith(" < temperature 21.5") && saved.get(2).endsWith(" > LED on"), saved.toString());
			assertTrue(saved.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d < .*"), saved.get(0));
		}
	}

	@Test
	void anUploadsLeaseClosesTheMonitorsPortAndItsEndReopensIt() throws Exception {
		try (PtyPair pty = PtyPair.open(folder);
				FileOutputStream boardOut = new FileOutputStream(pty.b());
				SerialMonitor monitor = SerialMonitor.open(pty.a(), 115200, LineEnding.NEWLINE, listener)) {
			// The monitor holds the port exclusively: a second opener is refused by the system.
			assertThrows(PortBusyException.class, () -> SerialLine.open(pty.a(), 115200).close());
			try (PortLease upload = PortLeases.shared().acquire(pty.a(), "upload")) {
				assertEquals(SerialMonitor.State.PAUSED, monitor.state());
				try (SerialLine uploader = SerialLine.open(pty.a(), 115200)) {
					boardOut.write("bootloader talk\n".getBytes(StandardCharsets.UTF_8));
					boardOut.flush();
					byte[] buffer = new byte[64];
					assertTrue(uploader.read(buffer, 0, buffer.length, 2000) > 0, "the uploader, not the monitor, reads now");
				}
				assertEquals("upload", PortLeases.shared().holder(pty.a()));
			}
			waitFor(() -> monitor.state() == SerialMonitor.State.OPEN);
			boardOut.write("sketch says hi\n".getBytes(StandardCharsets.UTF_8));
			boardOut.flush();
			waitFor(() -> lines.stream().anyMatch(l -> l.text().equals("sketch says hi")));
			assertEquals(List.of("OPEN", "PAUSED", "OPEN"), states);
			assertTrue(lines.stream().noneMatch(l -> l.text().contains("bootloader")), "the monitor was closed meanwhile");
			assertEquals("serial monitor", PortLeases.shared().holder(pty.a()));
		}
	}

	@Test
	void twoMonitorsOnOnePortAreRefused() throws Exception {
		try (PtyPair pty = PtyPair.open(folder); SerialMonitor first = SerialMonitor.open(pty.a(), 9600, LineEnding.NONE, listener)) {
			PortBusyException e = assertThrows(PortBusyException.class,
					() -> SerialMonitor.open(pty.a(), 9600, LineEnding.NONE, listener));
			assertTrue(e.getMessage().contains("serial monitor"), e.getMessage());
		}
	}

	@Test
	void aCutLineLeavesTheMonitorDisconnectedWithTheReason() throws Exception {
		List<String> messages = new CopyOnWriteArrayList<>();
		try (PtyPair pty = PtyPair.open(folder); SerialMonitor monitor = SerialMonitor.open(pty.a(), 9600, LineEnding.NONE,
				new MonitorListener() {
					@Override
					public void line(MonitorLine line) {
					}

					@Override
					public void state(SerialMonitor.State state, String message) {
						messages.add(state + ": " + message);
					}
				})) {
			pty.cut();
			waitFor(() -> messages.stream().anyMatch(m -> m.startsWith("DISCONNECTED")));
			assertEquals(SerialMonitor.State.DISCONNECTED, monitor.state());
			assertTrue(messages.getLast().contains("lost"), messages.toString());
		}
	}

	@Test
	void aTypedPtyPathIsAPortAndAMissingOneIsNot() throws Exception {
		try (PtyPair pty = PtyPair.open(folder)) {
			assertEquals(pty.a(), SerialPorts.byPath(pty.a()).path());
			assertTrue(SerialPorts.byPath(pty.a()).usbId().isEmpty());
		}
		PortNotFoundException e = assertThrows(PortNotFoundException.class, () -> SerialPorts.byPath("/dev/ttyNOPE9"));
		assertTrue(e.getMessage().contains("/dev/ttyNOPE9"), e.getMessage());
		SerialPorts.list(); // lists what the system has (nothing on a build machine) without failing
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out");
			}
			Thread.sleep(20);
		}
	}
}
