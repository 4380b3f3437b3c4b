package dev.modelbench.core.internal.dataset;

import java.nio.file.Path;
import java.util.Optional;

import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.UnreadableSampleException;

/** Accepts the usual photo formats and checks each file by decoding every pixel, as training will. */
final class ImageDecoder implements SampleDecoder {

	@Override
	public boolean accepts(String fileName) {
		return ImageSamples.accepts(fileName);
	}

	@Override
	public Optional<String> problem(Path file) {
		try {
			ImageSamples.read(file);
			return Optional.empty();
		} catch (UnreadableSampleException e) {
			return Optional.of(e.reason());
		}
	}
}
