package dev.modelbench.deploy.sketch;

/** Something a board does when a class is recognised. */
public sealed interface BoardAction {

	/** The pin it drives (Arduino numbering). */
	int pin();

	/** Sets a digital pin high or low (an LED, a relay). */
	record SetPin(int pin, boolean high) implements BoardAction {
	}

	/** Turns a hobby servo to an angle, 0 to 180 degrees (50 Hz pulses of 544 to 2400 µs, as Arduino's Servo). */
	record ServoAngle(int pin, int degrees) implements BoardAction {
		public ServoAngle {
			if (degrees < 0 || degrees > 180) {
				throw new IllegalArgumentException("a servo turns 0 to 180 degrees, not " + degrees); //$NON-NLS-1$
			}
		}

		/** The pulse width for the angle. */
		public int pulseMicros() {
			return 544 + degrees * (2400 - 544) / 180;
		}
	}

	/** Plays a tone on a buzzer for a while (0 ms: until another action). */
	record PlayTone(int pin, int frequencyHz, int durationMillis) implements BoardAction {
		public PlayTone {
			if (frequencyHz < 31 || frequencyHz > 65535 || durationMillis < 0) {
				throw new IllegalArgumentException("tone " + frequencyHz + " Hz for " + durationMillis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** Lights a strip or ring of WS2812 (NeoPixel) LEDs in one colour; needs the Adafruit NeoPixel library. */
	record NeoPixelColour(int pin, int pixels, int red, int green, int blue) implements BoardAction {
		public NeoPixelColour {
			if (pixels < 1 || (red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
				throw new IllegalArgumentException("colour " + red + "," + green + "," + blue + " on " + pixels); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}
}
