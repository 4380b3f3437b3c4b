package dev.modelbench.core.internal.dataset;

import java.nio.file.Path;
import java.util.Optional;

import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;

/** Accepts WAV files and checks each by decoding all of its audio, as training will. */
final class WavDecoder implements SampleDecoder {

	@Override
	public boolean accepts(String fileName) {
		return SoundSamples.accepts(fileName);
	}

	@Override
	public Optional<String> problem(Path file) {
		try {
			SoundSamples.read(file);
			return Optional.empty();
		} catch (UnreadableSampleException e) {
			return Optional.of(e.reason());
		}
	}
}
