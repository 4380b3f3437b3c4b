package dev.modelbench.core.internal.dataset;

import java.nio.file.Path;

import dev.modelbench.core.model.Split;

/**
 * A candidate sample found in a dataset.
 *
 * @param file where it is now
 * @param relativeName its path from the dataset root, with '/': what Sample.origin records and
 *            the key of the computed split (the same whether the dataset came as folder or zip)
 * @param givenSplit the split the dataset's train/val folders put it in, or null
 */
public record ScannedFile(Path file, String relativeName, Split givenSplit) {
}
