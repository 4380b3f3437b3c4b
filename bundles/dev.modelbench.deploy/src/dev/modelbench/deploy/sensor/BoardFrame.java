package dev.modelbench.deploy.sensor;

import java.awt.image.BufferedImage;

/**
 * A camera frame a board sent, checked: a whole JPEG that decodes without a warning.
 *
 * @param sequence the board's event count, -1 when it sent none
 * @param jpeg     the JPEG file as the board made it, to be saved as it is
 * @param image    the decoded picture, for the preview
 * @param received when its last byte was read ({@link System#nanoTime()})
 * @param decoded  when it was decoded ({@link System#nanoTime()})
 */
public record BoardFrame(long sequence, byte[] jpeg, BufferedImage image, long received, long decoded)
		implements SensorEvent {
}
