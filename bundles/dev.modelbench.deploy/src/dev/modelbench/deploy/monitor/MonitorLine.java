package dev.modelbench.deploy.monitor;

import java.time.Instant;

/**
 * One line of the monitor's log.
 *
 * @param time     when it was complete (received) or sent
 * @param sent     true for a line the user sent, false for one the board sent
 * @param text     the line without its line ending, decoded as UTF-8
 */
public record MonitorLine(Instant time, boolean sent, String text) {
}
