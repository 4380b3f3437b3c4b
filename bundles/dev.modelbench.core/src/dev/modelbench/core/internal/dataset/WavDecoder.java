package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;

/** Accepts WAV files and checks each by reading all of its audio through javax.sound. */
final class WavDecoder implements SampleDecoder {

	@Override
	public boolean accepts(String fileName) {
		return "wav".equals(SampleDecoder.extension(fileName)); //$NON-NLS-1$
	}

	@Override
	public Optional<String> problem(Path file) {
		try {
			if (AudioSystem.getAudioFileFormat(file.toFile()).getType() != AudioFileFormat.Type.WAVE) {
				return Optional.of(Messages.Decode_notWav);
			}
			try (AudioInputStream audio = AudioSystem.getAudioInputStream(file.toFile())) {
				long bytes = countBytes(audio);
				if (bytes == 0) {
					return Optional.of(Messages.Decode_noAudio);
				}
				long frames = audio.getFrameLength();
				int frameSize = audio.getFormat().getFrameSize();
				if (frames != AudioSystem.NOT_SPECIFIED && frameSize > 0 && bytes < frames * frameSize) {
					// The header promises more audio than the file holds: cut off while copying.
					return Optional.of(Messages.Decode_truncatedAudio);
				}
				return Optional.empty();
			}
		} catch (UnsupportedAudioFileException e) {
			return Optional.of(Messages.Decode_notWav);
		} catch (IOException | RuntimeException e) {
			return Optional.of(NLS.bind(Messages.Decode_damagedAudio,
					e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName()));
		}
	}

	private static long countBytes(InputStream audio) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int read = audio.read(buffer); read >= 0; read = audio.read(buffer)) {
			total += read;
		}
		return total;
	}
}
