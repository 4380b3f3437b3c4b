package dev.modelbench.capture.audio;

/**
 * A microphone the computer has, as the user picks it.
 *
 * @param name        its name as the system gives it
 * @param description more about it (vendor, driver), possibly empty
 */
public record Microphone(String name, String description) {
}
