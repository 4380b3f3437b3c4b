package dev.modelbench.core.dataset;

/**
 * A dataset file that was not imported because it could not be decoded.
 *
 * @param name the file's path inside the dataset
 * @param reason why it could not be read, for the user
 */
public record SkippedFile(String name, String reason) {
}
