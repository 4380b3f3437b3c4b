package dev.modelbench.deploy.sensor;

/**
 * One result of a model running on a board, as the board reported it.
 *
 * @param label      the class the board chose
 * @param confidence its probability, 0 to 1
 * @param frame      the camera frame it classified, checked as a recorded frame is; null when the
 *                   board sent none (a {@code label,confidence} line, or an event without image)
 */
public record BoardResult(String label, double confidence, BoardFrame frame) {
}
