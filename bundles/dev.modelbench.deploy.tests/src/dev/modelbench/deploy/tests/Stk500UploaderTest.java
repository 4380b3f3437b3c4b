package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.ConnectionLostException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.PortBusyException;
import dev.modelbench.deploy.WrongBoardException;
import dev.modelbench.deploy.avr.Stk500Uploader;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.boards.ArduinoUno;
import dev.modelbench.deploy.firmware.IntelHex;
import dev.modelbench.deploy.firmware.MemoryImage;
import dev.modelbench.deploy.monitor.LineEnding;
import dev.modelbench.deploy.monitor.MonitorLine;
import dev.modelbench.deploy.monitor.MonitorListener;
import dev.modelbench.deploy.monitor.SerialMonitor;
import dev.modelbench.deploy.serial.PortLease;
import dev.modelbench.deploy.serial.PortLeases;
import dev.modelbench.deploy.serial.SerialLine;
import dev.modelbench.deploy.tests.fixtures.PtyPair;
import dev.modelbench.deploy.tests.fixtures.SimulatedUno;
import dev.modelbench.deploy.tests.fixtures.Sketches;
import dev.modelbench.deploy.tests.fixtures.Tools;

/** Uploads into a simulated Arduino Uno running Optiboot, as avrdude does and with the Java uploader. */
class Stk500UploaderTest {

	private static final UploadMethod.Stk500v1 UNO = (UploadMethod.Stk500v1) new ArduinoUno().uploadMethod();

	@TempDir
	Path folder;

	private SimulatedUno uno;

	@BeforeEach
	void startUno() throws Exception {
		uno = SimulatedUno.start(folder);
	}

	@AfterEach
	void stopUno() {
		uno.close();
	}

	@Test
	void avrdudeUploadsIntoTheSimulatedUnoAndTheSketchRuns() throws Exception {
		Path avrdude = Tools.require("avrdude", "avrdude");
		Path hex = Sketches.compile("Hello", Sketches.HELLO, "arduino:avr:uno");
		Process process = new ProcessBuilder(avrdude.toString(), "-C", "/etc/avrdude.conf", "-p", "atmega328p", "-c",
				"arduino", "-P", uno.port(), "-b", "115200", "-U", "flash:w:" + hex + ":i").redirectErrorStream(true)
				.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("bytes of flash verified"), output);
		assertTrue(readsLine(uno.port(), "hello from the sketch", Duration.ofSeconds(10)));
	}

	@Test
	void theJavaUploaderWritesVerifiesAndStartsTheSketch() throws Exception {
		MemoryImage sketch = IntelHex.read(Sketches.compile("Hello", Sketches.HELLO, "arduino:avr:uno"));
		int mark = uno.mark();
		Stk500Uploader.Result result = new Stk500Uploader(UNO).upload(uno.port(), sketch, new NullProgressMonitor());
		System.out.printf("STK500 upload of %d bytes (%d pages) into the simulated Uno, verified: %d ms%n",
				result.bytes(), result.pages(), result.time().toMillis());
		assertEquals(sketch.size(), result.bytes());
		assertEquals((int) ((sketch.end() + 127) / 128), result.pages());
		// The sketch itself proves it runs: its greeting on the serial line and its LED blinking at 50 ms.
		assertTrue(readsLine(uno.port(), "hello from the sketch", Duration.ofSeconds(10)));
		assertNotNull(uno.await(mark, line -> line.startsWith("pin 13 1"), Duration.ofSeconds(5)));
	}

	@Test
	void aChipWithAnotherSignatureIsRefusedWithBothSignatures() throws Exception {
		UploadMethod.Stk500v1 atmega168 = new UploadMethod.Stk500v1(115200, new byte[] { 0x1E, (byte) 0x94, 0x06 }, 128,
				16 * 1024 - 512);
		MemoryImage sketch = MemoryImage.of(0, new byte[] { 0x0C, (byte) 0x94, 0x34, 0x00 });
		WrongBoardException e = assertThrows(WrongBoardException.class,
				() -> new Stk500Uploader(atmega168).upload(uno.port(), sketch, new NullProgressMonitor()));
		assertEquals("1E 95 0F", e.actual());
		assertEquals("1E 94 06", e.expected());
		assertTrue(e.getMessage().contains("1E 95 0F") && e.getMessage().contains("1E 94 06"), e.getMessage());
	}

	@Test
	void aPulledCableMidWriteIsALostConnectionOnThatPort() throws Exception {
		MemoryImage sketch = IntelHex.read(Sketches.compile("Hello", Sketches.HELLO, "arduino:avr:uno"));
		NullProgressMonitor pullsThePlug = new NullProgressMonitor() {
			private int pages;

			@Override
			public void worked(int work) {
				if (++pages == 5) {
					uno.kill();
				}
			}
		};
		ConnectionLostException e = assertThrows(ConnectionLostException.class,
				() -> new Stk500Uploader(UNO).upload(uno.port(), sketch, pullsThePlug));
		assertTrue(e.getMessage().contains(uno.port()), e.getMessage());
	}

	@Test
	void aPortWithNothingBehindItIsNoAnswer() throws Exception {
		try (PtyPair pty = PtyPair.open(folder)) {
			long started = System.nanoTime();
			BoardNotAnsweringException e = assertThrows(BoardNotAnsweringException.class, () -> new Stk500Uploader(UNO)
					.upload(pty.a(), MemoryImage.of(0, new byte[16]), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains(pty.a()) && e.getMessage().contains("bootloader"), e.getMessage());
			assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20));
		}
	}

	@Test
	void aSecondUploadToTheSamePortIsRefusedWhileTheFirstHoldsIt() throws Exception {
		try (PortLease first = PortLeases.shared().acquire(uno.port(), "upload")) {
			PortBusyException e = assertThrows(PortBusyException.class, () -> new Stk500Uploader(UNO)
					.upload(uno.port(), MemoryImage.of(0, new byte[16]), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("upload"), e.getMessage());
		}
	}

	@Test
	void aSketchTooBigForTheFlashIsRefusedBeforeTouchingTheBoard() {
		MemoryImage tooBig = MemoryImage.of(0, new byte[32256 + 1]);
		DeployException e = assertThrows(DeployException.class,
				() -> new Stk500Uploader(UNO).upload(uno.port(), tooBig, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("32257") && e.getMessage().contains("32256"), e.getMessage());
	}

	@Test
	void anOpenSerialMonitorStepsAsideForTheUploadAndShowsTheNewSketch() throws Exception {
		MemoryImage sketch = IntelHex.read(Sketches.compile("Hello", Sketches.HELLO, "arduino:avr:uno"));
		List<String> states = new CopyOnWriteArrayList<>();
		List<MonitorLine> lines = new CopyOnWriteArrayList<>();
		try (SerialMonitor monitor = SerialMonitor.open(uno.port(), 115200, LineEnding.NEWLINE, new MonitorListener() {
			@Override
			public void line(MonitorLine line) {
				lines.add(line);
			}

			@Override
			public void state(SerialMonitor.State state, String message) {
				states.add(state.name());
			}
		})) {
			new Stk500Uploader(UNO).upload(uno.port(), sketch, new NullProgressMonitor());
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (lines.stream().noneMatch(l -> l.text().equals("hello from the sketch")) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertEquals(List.of("OPEN", "PAUSED", "OPEN"), states);
			assertTrue(lines.stream().anyMatch(l -> l.text().equals("hello from the sketch")),
					"monitor: " + lines + "; simulation: " + uno.linesSince(Math.max(0, uno.mark() - 20)));
			assertEquals(SerialMonitor.State.OPEN, monitor.state());
		}
	}

	/** Whether a line with exactly {@code text} arrives on the port in time. */
	static boolean readsLine(String port, String text, Duration timeout) throws DeployException, IOException {
		try (SerialLine line = SerialLine.open(port, 115200)) {
			StringBuilder received = new StringBuilder();
			byte[] buffer = new byte[256];
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				int n = line.read(buffer, 0, buffer.length, 100);
				received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
				if (received.toString().lines().anyMatch(text::equals) && received.indexOf(text + "\r\n") >= 0) {
					return true;
				}
			}
			return false;
		}
	}
}
