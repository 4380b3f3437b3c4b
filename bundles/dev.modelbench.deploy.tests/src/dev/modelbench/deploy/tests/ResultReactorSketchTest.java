package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.ToolMissingException;
import dev.modelbench.deploy.avr.Stk500Uploader;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.boards.ArduinoUno;
import dev.modelbench.deploy.boards.XiaoEsp32S3Sense;
import dev.modelbench.deploy.firmware.IntelHex;
import dev.modelbench.deploy.serial.SerialLine;
import dev.modelbench.deploy.sketch.ActionMap;
import dev.modelbench.deploy.sketch.BoardAction;
import dev.modelbench.deploy.sketch.GeneratedSketch;
import dev.modelbench.deploy.sketch.ResultReactorSketch;
import dev.modelbench.deploy.sketch.ResultSource;
import dev.modelbench.deploy.sketch.SketchCompiler;
import dev.modelbench.deploy.tests.fixtures.LineReader;
import dev.modelbench.deploy.tests.fixtures.SimulatedUno;
import dev.modelbench.deploy.tests.fixtures.Sketches;

/** The "PC runs the model" sketch: compiled for the Uno, uploaded into the simulated one, fed results. */
class ResultReactorSketchTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	private static ActionMap petActions() {
		Map<String, List<BoardAction>> actions = new LinkedHashMap<>();
		actions.put("cat", List.of(new BoardAction.SetPin(13, true)));
		actions.put("dog", List.of(new BoardAction.SetPin(13, false), new BoardAction.PlayTone(8, 440, 0)));
		actions.put("bird", List.of(new BoardAction.ServoAngle(9, 90)));
		actions.put("café \"au lait\"", List.of(new BoardAction.SetPin(12, true)));
		return new ActionMap(actions, 0.5);
	}

	@Test
	void theUnoActsOnEachResultLineAndJsonFromThePc() throws Exception {
		GeneratedSketch sketch = ResultReactorSketch.generate(new ArduinoUno(), petActions(), new ResultSource.Serial(115200));
		Path hex = Sketches.compile(sketch, "arduino:avr:uno");
		try (SimulatedUno uno = SimulatedUno.start(folder)) {
			new Stk500Uploader((UploadMethod.Stk500v1) new ArduinoUno().uploadMethod()).upload(uno.port(), IntelHex.read(hex),
					new NullProgressMonitor());
			try (LineReader board = new LineReader(SerialLine.open(uno.port(), 115200))) {
				Thread.sleep(300); // the sketch's setup() after Optiboot hands over

				int start = uno.mark();
				board.send("cat,0.93");
				assertEquals("did cat 0.93", board.await(0, l -> l.startsWith("did "), WAIT));
				assertNotNull(uno.await(start, l -> l.startsWith("pin 13 1 "), WAIT));

				int lines = board.mark();
				int pins = uno.mark();
				board.send("{\"label\":\"dog\",\"confidence\":0.81,\"probabilities\":{\"cat\":0.19,\"dog\":0.81},\"time\":\"2025-01-01T00:00:00Z\",\"model\":\"pets\"}");
				assertEquals("did dog 0.81", board.await(lines, l -> l.startsWith("did "), WAIT));
				assertNotNull(uno.await(pins, l -> l.startsWith("pin 13 0 "), WAIT));
				List<Long> tone = times(uno.awaitLines(pins, "pin 8 ", 7, WAIT));
				long halfPeriod = tone.get(5) - tone.get(4);
				System.out.printf("Reactor sketch in the simulated Uno: 440 Hz tone half period %d us%n", halfPeriod);
				assertTrue(Math.abs(halfPeriod - 1136) < 30, "440 Hz toggles every 1136 us, not " + halfPeriod);

				lines = board.mark();
				int servoStart = uno.mark();
				board.send("bird,0.9");
				assertEquals("did bird 0.90", board.await(lines, l -> l.startsWith("did "), WAIT));
				List<String> servo = uno.awaitLines(servoStart, "pin 9 ", 9, WAIT);
				int rise = servo.get(0).startsWith("pin 9 1 ") ? 0 : 1;
				// Interrupts (millis, serial) can only lengthen a software pulse: the shortest is the pulse asked for.
				long pulse = Long.MAX_VALUE;
				for (int i = rise; i + 1 < servo.size(); i += 2) {
					pulse = Math.min(pulse, time(servo.get(i + 1)) - time(servo.get(i)));
				}
				System.out.printf("Reactor sketch in the simulated Uno: 90 degree servo pulse %d us%n", pulse);
				assertTrue(Math.abs(pulse - 1472) < 25, "90 degrees is a 1472 us pulse, not " + pulse);
				long frame = time(servo.get(rise + 2)) - time(servo.get(rise));
				assertTrue(Math.abs(frame - 20000) < 1500, "a servo pulse every 20 ms, not every " + frame);

				lines = board.mark();
				int cafe = uno.mark();
				board.send("caf\u00e9 \"au lait\",0.7");
				assertEquals("did caf\u00e9 \"au lait\" 0.70", board.await(lines, l -> l.startsWith("did "), WAIT));
				assertNotNull(uno.await(cafe, l -> l.startsWith("pin 12 1 "), WAIT));

				lines = board.mark();
				board.send("cat,0.20");
				board.send("fish,0.99");
				assertEquals("ignored fish", board.await(lines, l -> l.startsWith("ignored") || l.startsWith("did"), WAIT),
						"a result below the confidence threshold changes nothing");
			}
		}
	}

	@Test
	void aNeoPixelSketchNamesTheLibraryItNeeds() throws Exception {
		ActionMap map = ActionMap.of(Map.of("cat", List.of(new BoardAction.NeoPixelColour(6, 8, 255, 0, 0))));
		GeneratedSketch sketch = ResultReactorSketch.generate(new ArduinoUno(), map, new ResultSource.Serial(115200));
		assertEquals(Set.of("Adafruit NeoPixel"), sketch.libraries());
		assertTrue(sketch.source().contains("#include <Adafruit_NeoPixel.h>"));
		Path sketchFolder = sketch.writeTo(folder);
		// Debian packages no NeoPixel library; where one is installed, the sketch must compile instead.
		try {
			SketchCompiler.find().compile(sketchFolder, "arduino:avr:uno", folder.resolve("build"), new NullProgressMonitor());
		} catch (ToolMissingException e) {
			assertTrue(e.getMessage().contains("Adafruit_NeoPixel.h") && e.getMessage().contains("arduino-cli lib install \"Adafruit NeoPixel\""),
					e.getMessage());
		}
	}

	@Test
	void mqttResultsNeedABoardWithWifi() {
		ResultSource.Mqtt siot = new ResultSource.Mqtt("lab", "secret", "10.1.2.3", 1883, "siot", "dfrobot", "modelbench/pets");
		DeployException e = assertThrows(DeployException.class,
				() -> ResultReactorSketch.generate(new ArduinoUno(), petActions(), siot));
		assertTrue(e.getMessage().contains("Wi-Fi"), e.getMessage());
	}

	@Test
	void anMqttSketchForTheXiaoSubscribesToTheTopicWithSiotsLogin() throws Exception {
		ResultSource.Mqtt siot = new ResultSource.Mqtt("lab", "secret", "10.1.2.3", 1883, "siot", "dfrobot", "modelbench/pets");
		GeneratedSketch sketch = ResultReactorSketch.generate(new XiaoEsp32S3Sense(), petActions(), siot);
		assertEquals(Set.of("PubSubClient"), sketch.libraries());
		assertTrue(sketch.source().contains("mqtt.subscribe(\"modelbench/pets\")"), sketch.source());
		assertTrue(sketch.source().contains("mqtt.connect(id.c_str(), \"siot\", \"dfrobot\")"), sketch.source());
		assertTrue(sketch.source().contains("WiFi.begin(\"lab\", \"secret\")"), sketch.source());
	}

	@Test
	void theSerialPinsOfTheUnoAreRefusedForActions() {
		ActionMap onRx = ActionMap.of(Map.of("cat", List.of(new BoardAction.SetPin(0, true))));
		DeployException e = assertThrows(DeployException.class,
				() -> ResultReactorSketch.generate(new ArduinoUno(), onRx, new ResultSource.Serial(115200)));
		assertTrue(e.getMessage().contains("Pin 0"), e.getMessage());
	}

	private static List<Long> times(List<String> pinLines) {
		return pinLines.stream().map(ResultReactorSketchTest::time).toList();
	}

	/** The microseconds of a harness line {@code pin N V MICROS}. */
	private static long time(String pinLine) {
		String[] parts = pinLine.split(" ");
		return Long.parseLong(parts[3]);
	}
}
