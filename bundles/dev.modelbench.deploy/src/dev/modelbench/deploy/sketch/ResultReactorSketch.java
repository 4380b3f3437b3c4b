package dev.modelbench.deploy.sketch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.DeployMode;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.internal.Messages;

/**
 * Writes the sketch for "the PC runs the model, the board acts on the result": it reads each result
 * (a serial line or an MQTT message: {@code label,confidence}, a bare label, or the push's JSON) and
 * does the actions of the {@link ActionMap} for that class. Works for any Arduino board, even an Uno.
 * After each result it acts on, it prints {@code did <label> <confidence>} to the serial monitor.
 */
public final class ResultReactorSketch {

	/** The sketch's name, folder and file name. */
	public static final String NAME = "ModelBenchReactor"; //$NON-NLS-1$

	/** The Library Manager names of the libraries some actions and sources need. */
	public static final String NEOPIXEL_LIBRARY = "Adafruit NeoPixel"; //$NON-NLS-1$
	public static final String MQTT_LIBRARY = "PubSubClient"; //$NON-NLS-1$

	private static final int LINE_BYTES = 192;

	private ResultReactorSketch() {
	}

	/**
	 * The sketch for {@code board}.
	 *
	 * @throws DeployException when the board cannot do it: MQTT without Wi-Fi, an action on the pins the
	 *                         serial results arrive on
	 */
	public static GeneratedSketch generate(Board board, ActionMap map, ResultSource source) throws DeployException {
		check(board, map, source);
		Set<String> libraries = new LinkedHashSet<>();
		StringBuilder c = new StringBuilder(4096);
		c.append("// Made by Model Bench for ").append(board.name()).append(": the PC runs the model and this sketch\n"); //$NON-NLS-1$ //$NON-NLS-2$
		c.append("// acts on each result. A result is \"label,confidence\", a bare label, or JSON {\"label\":...,\"confidence\":...}.\n"); //$NON-NLS-1$
		List<BoardAction.ServoAngle> servos = actions(map, BoardAction.ServoAngle.class);
		Map<Integer, Integer> strips = strips(map);
		if (!strips.isEmpty()) {
			libraries.add(NEOPIXEL_LIBRARY);
			c.append("#include <Adafruit_NeoPixel.h>\n"); //$NON-NLS-1$
		}
		if (source instanceof ResultSource.Mqtt) {
			libraries.add(MQTT_LIBRARY);
			c.append("#include <WiFi.h>\n#include <PubSubClient.h>\n"); //$NON-NLS-1$
		}
		c.append("#include <string.h>\n#include <stdlib.h>\n\n"); //$NON-NLS-1$
		c.append("const float MIN_CONFIDENCE = ").append(String.format(Locale.ROOT, "%.3f", map.minConfidence())).append(";\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		c.append("char line[").append(LINE_BYTES).append("];\nunsigned int used = 0;\n\n"); //$NON-NLS-1$ //$NON-NLS-2$

		List<Integer> servoPins = servos.stream().map(BoardAction::pin).distinct().toList();
		if (!servoPins.isEmpty()) {
			c.append("// Servos get a pulse every 20 ms from loop(): no library, works on every board.\n"); //$NON-NLS-1$
			c.append("const uint8_t SERVO_PINS[] = {").append(join(servoPins)).append("};\n"); //$NON-NLS-1$ //$NON-NLS-2$
			c.append("unsigned int servoPulse[").append(servoPins.size()).append("] = {0};\n"); //$NON-NLS-1$ //$NON-NLS-2$
			c.append("unsigned long lastServoFrame = 0;\n"); //$NON-NLS-1$
			c.append("void servoFrame() {\n  if (micros() - lastServoFrame < 20000UL) return;\n  lastServoFrame = micros();\n"); //$NON-NLS-1$
			c.append("  for (unsigned int i = 0; i < sizeof(SERVO_PINS); i++) {\n    if (servoPulse[i] == 0) continue;\n"); //$NON-NLS-1$
			c.append("    digitalWrite(SERVO_PINS[i], HIGH);\n    delayMicroseconds(servoPulse[i]);\n    digitalWrite(SERVO_PINS[i], LOW);\n  }\n}\n\n"); //$NON-NLS-1$
		}
		for (Map.Entry<Integer, Integer> strip : strips.entrySet()) {
			c.append("Adafruit_NeoPixel strip").append(strip.getKey()).append('(').append(strip.getValue()).append(", ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(strip.getKey()).append(", NEO_GRB + NEO_KHZ800);\n"); //$NON-NLS-1$
			c.append("void fill").append(strip.getKey()).append("(uint8_t r, uint8_t g, uint8_t b) {\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append("  for (uint16_t i = 0; i < strip").append(strip.getKey()).append(".numPixels(); i++) strip") //$NON-NLS-1$ //$NON-NLS-2$
					.append(strip.getKey()).append(".setPixelColor(i, strip").append(strip.getKey()).append(".Color(r, g, b));\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append("  strip").append(strip.getKey()).append(".show();\n}\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		appendParser(c);
		appendAct(c, map, servoPins);
		c.append("""
				void handle(char *text) {
				  char *label;
				  float confidence;
				  if (!parseResult(text, &label, &confidence) || confidence < MIN_CONFIDENCE) return;
				  act(label, confidence);
				}

				"""); //$NON-NLS-1$
		if (source instanceof ResultSource.Mqtt mqtt) {
			appendMqtt(c, mqtt);
		}
		appendSetupAndLoop(c, map, source, servoPins, strips);
		return new GeneratedSketch(NAME, c.toString(), libraries);
	}

	private static void check(Board board, ActionMap map, ResultSource source) throws DeployException {
		if (source instanceof ResultSource.Mqtt && !board.deployModes().contains(DeployMode.RESULTS_OVER_MQTT)) {
			throw new DeployException(NLS.bind(Messages.Sketch_noWifi, board.name()));
		}
		if (board.fqbn().isEmpty()) {
			throw new DeployException(NLS.bind(Messages.Sketch_notArduino, board.name()));
		}
		boolean serialOnPins01 = source instanceof ResultSource.Serial && board.fqbn().get().startsWith("arduino:avr:"); //$NON-NLS-1$
		for (BoardAction action : map.allActions()) {
			if (action.pin() < 0 || serialOnPins01 && action.pin() <= 1) {
				throw new DeployException(NLS.bind(Messages.Sketch_badPin, action.pin(), board.name()));
			}
		}
	}

	private static void appendParser(StringBuilder c) {
		c.append("""
				// The label and confidence of one result; false when it holds no label.
				bool parseResult(char *text, char **label, float *confidence) {
				  *confidence = 1.0;
				  while (*text == ' ' || *text == '\\t') text++;
				  if (*text == '{') {
				    char *number = strstr(text, "\\"confidence\\"");
				    if (number != NULL && (number = strchr(number, ':')) != NULL) {
				      number++;
				      while (*number == ' ') number++;
				      if (*number != 'n') *confidence = atof(number);
				    }
				    char *p = strstr(text, "\\"label\\"");
				    if (p == NULL || (p = strchr(p + 7, ':')) == NULL) return false;
				    p++;
				    while (*p == ' ') p++;
				    if (*p++ != '"') return false;
				    char *out = p;
				    *label = p;
				    while (*p != 0 && *p != '"') {
				      if (*p == '\\\\' && p[1] != 0) {
				        p++;
				        *out++ = *p == 'n' ? '\\n' : *p == 't' ? '\\t' : *p;
				        p++;
				      } else {
				        *out++ = *p++;
				      }
				    }
				    if (*p != '"') return false;
				    *out = 0;
				    return **label != 0;
				  }
				  char *comma = strrchr(text, ',');
				  if (comma != NULL) {
				    *comma = 0;
				    *confidence = atof(comma + 1);
				  }
				  char *end = text + strlen(text);
				  while (end > text && (end[-1] == ' ' || end[-1] == '\\t')) *--end = 0;
				  *label = text;
				  return *text != 0;
				}

				"""); //$NON-NLS-1$
	}

	private static void appendAct(StringBuilder c, ActionMap map, List<Integer> servoPins) {
		c.append("void act(const char *label, float confidence) {\n"); //$NON-NLS-1$
		for (Map.Entry<String, List<BoardAction>> entry : map.actions().entrySet()) {
			c.append("  if (strcmp(label, ").append(cString(entry.getKey())).append(") == 0) {\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (BoardAction action : entry.getValue()) {
				c.append("    ").append(statement(action, servoPins)).append('\n'); //$NON-NLS-1$
			}
			c.append("    Serial.print(\"did \");\n    Serial.print(label);\n    Serial.print(' ');\n    Serial.println(confidence, 2);\n    return;\n  }\n"); //$NON-NLS-1$
		}
		c.append("  Serial.print(\"ignored \");\n  Serial.println(label);\n}\n\n"); //$NON-NLS-1$
	}

	private static String statement(BoardAction action, List<Integer> servoPins) {
		return switch (action) {
		case BoardAction.SetPin pin -> "digitalWrite(" + pin.pin() + (pin.high() ? ", HIGH);" : ", LOW);"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case BoardAction.ServoAngle servo -> "servoPulse[" + servoPins.indexOf(servo.pin()) + "] = " + servo.pulseMicros() //$NON-NLS-1$ //$NON-NLS-2$
				+ "; // " + servo.degrees() + " degrees"; //$NON-NLS-1$ //$NON-NLS-2$
		case BoardAction.PlayTone tone -> tone.durationMillis() == 0 ? "tone(" + tone.pin() + ", " + tone.frequencyHz() + ");" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: "tone(" + tone.pin() + ", " + tone.frequencyHz() + ", " + tone.durationMillis() + ");"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case BoardAction.NeoPixelColour colour -> "fill" + colour.pin() + "(" + colour.red() + ", " + colour.green() + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ colour.blue() + ");"; //$NON-NLS-1$
		};
	}

	private static void appendMqtt(StringBuilder c, ResultSource.Mqtt mqtt) {
		c.append("WiFiClient wifi;\nPubSubClient mqtt(wifi);\nunsigned long lastAttempt = 0;\n\n"); //$NON-NLS-1$
		c.append("void onMessage(char *topic, byte *payload, unsigned int length) {\n"); //$NON-NLS-1$
		c.append("  if (length >= sizeof(line)) length = sizeof(line) - 1;\n  memcpy(line, payload, length);\n  line[length] = 0;\n  handle(line);\n}\n\n"); //$NON-NLS-1$
		c.append("void keepConnected() {\n  if (mqtt.connected() || millis() - lastAttempt < 2000) return;\n  lastAttempt = millis();\n"); //$NON-NLS-1$
		c.append("  if (WiFi.status() != WL_CONNECTED) return;\n"); //$NON-NLS-1$
		c.append("  String id = \"modelbench-\" + String((uint32_t) ESP.getEfuseMac(), HEX);\n"); //$NON-NLS-1$
		c.append("  if (mqtt.connect(id.c_str(), ").append(cString(mqtt.user())).append(", ").append(cString(mqtt.password())) //$NON-NLS-1$ //$NON-NLS-2$
				.append(")) {\n    mqtt.subscribe(").append(cString(mqtt.topic())).append(");\n"); //$NON-NLS-1$ //$NON-NLS-2$
		c.append("    Serial.println(\"listening on \" ").append(cString(mqtt.topic())).append(");\n  }\n}\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void appendSetupAndLoop(StringBuilder c, ActionMap map, ResultSource source, List<Integer> servoPins,
			Map<Integer, Integer> strips) {
		Set<Integer> outputs = new TreeSet<>();
		for (BoardAction action : map.allActions()) {
			if (!(action instanceof BoardAction.NeoPixelColour)) {
				outputs.add(action.pin());
			}
		}
		int baud = source instanceof ResultSource.Serial serial ? serial.baudRate() : 115200;
		c.append("void setup() {\n  Serial.begin(").append(baud).append(");\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int pin : outputs) {
			c.append("  pinMode(").append(pin).append(", OUTPUT);\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int pin : strips.keySet()) {
			c.append("  strip").append(pin).append(".begin();\n  strip").append(pin).append(".show();\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (source instanceof ResultSource.Mqtt mqtt) {
			c.append("  WiFi.begin(").append(cString(mqtt.wifiName())).append(", ").append(cString(mqtt.wifiPassword())).append(");\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			c.append("  mqtt.setServer(").append(cString(mqtt.brokerHost())).append(", ").append(mqtt.brokerPort()).append(");\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			c.append("  mqtt.setBufferSize(").append(LINE_BYTES + 64).append(");\n  mqtt.setCallback(onMessage);\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		c.append("  Serial.println(\"modelbench ready\");\n}\n\n"); //$NON-NLS-1$
		c.append("void loop() {\n"); //$NON-NLS-1$
		if (source instanceof ResultSource.Mqtt) {
			c.append("  keepConnected();\n  mqtt.loop();\n"); //$NON-NLS-1$
		} else {
			c.append("""
					  while (Serial.available() > 0) {
					    char ch = (char) Serial.read();
					    if (ch == '\\n' || ch == '\\r') {
					      if (used > 0) {
					        line[used] = 0;
					        handle(line);
					        used = 0;
					      }
					    } else if (used < sizeof(line) - 1) {
					      line[used++] = ch;
					    }
					  }
					"""); //$NON-NLS-1$
		}
		if (!servoPins.isEmpty()) {
			c.append("  servoFrame();\n"); //$NON-NLS-1$
		}
		c.append("}\n"); //$NON-NLS-1$
	}

	private static <T extends BoardAction> List<T> actions(ActionMap map, Class<T> kind) {
		List<T> found = new ArrayList<>();
		for (BoardAction action : map.allActions()) {
			if (kind.isInstance(action)) {
				found.add(kind.cast(action));
			}
		}
		return found;
	}

	/** NeoPixel pin to the largest pixel count any action names for it. */
	private static Map<Integer, Integer> strips(ActionMap map) {
		Map<Integer, Integer> strips = new LinkedHashMap<>();
		for (BoardAction.NeoPixelColour colour : actions(map, BoardAction.NeoPixelColour.class)) {
			strips.merge(colour.pin(), colour.pixels(), Math::max);
		}
		return strips;
	}

	private static String join(List<Integer> values) {
		return String.join(", ", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$
	}

	/** A C string literal of the UTF-8 bytes of {@code text}; anything but plain ASCII as octal escapes. */
	static String cString(String text) {
		StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int v = b & 0xFF;
			if (v >= 0x20 && v < 0x7F && v != '"' && v != '\\' && v != '?') {
				out.append((char) v);
			} else {
				out.append(String.format(Locale.ROOT, "\\%03o", v)); //$NON-NLS-1$
			}
		}
		return out.append('"').toString();
	}
}
