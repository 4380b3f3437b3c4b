package dev.modelbench.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.WavFiles;

class SoundSamplesTest {

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0} Hz, {1} channel(s), format {2}, {3} bit")
	@CsvSource({ "16000, 1, 1, 16", "8000, 1, 1, 8", "48000, 2, 1, 16", "44100, 2, 1, 24", "22050, 1, 3, 32",
			"32000, 1, 1, 32" })
	void everyRateAndEncodingBecomesTheSameSixteenKilohertzMonoTone(int rate, int channels, int format, int bits)
			throws Exception {
		Path file = WavFiles.write(temp.resolve("tone.wav"), WavFiles.tone(440, 0.5, 1.5, rate, channels), rate, format,
				bits);

		float[] samples = SoundSamples.read(file);

		assertEquals(24_000, samples.length, 1, "1.5 s at 16 kHz");
		// The middle, away from the resampler's edges: a 440 Hz sine of amplitude 0.5.
		double peak = 0;
		int crossings = 0;
		for (int i = 4000; i < 20_000; i++) {
			peak = Math.max(peak, Math.abs(samples[i]));
			if ((samples[i - 1] < 0) != (samples[i] < 0)) {
				crossings++;
			}
		}
		assertEquals(0.5, peak, bits == 8 ? 0.02 : 0.01);
		assertEquals(2 * 440, crossings, 2, "zero crossings in one second");
	}

	@Test
	void stereoChannelsAreAveraged() throws Exception {
		float[][] stereo = { { 0.5f, 0.5f, 0.5f, 0.5f }, { -0.1f, -0.1f, -0.1f, -0.1f } };
		float[] mono = SoundSamples.read(WavFiles.write(temp.resolve("stereo.wav"), stereo, 16_000, WavFiles.PCM, 16));

		for (float sample : mono) {
			assertEquals(0.2f, sample, 1e-4);
		}
	}

	@Test
	void aCutOffFileSaysSo() {
		Path file = WavFiles.writeRaw(temp.resolve("cut.wav"), 16_000, 1, WavFiles.PCM, 16, new byte[3200], 32_000);

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class, () -> SoundSamples.read(file));

		assertTrue(refusal.reason().contains("cut off"), refusal.getMessage());
	}

	@Test
	void aHeaderWithSampleRateZeroIsCalledDamagedNotTooLong() {
		Path file = WavFiles.writeRaw(temp.resolve("rate0.wav"), 0, 1, WavFiles.PCM, 16, new byte[3200], 3200);

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class, () -> SoundSamples.read(file));

		assertEquals("damaged WAV header (it gives 0 Hz and 1 channels)", refusal.reason());
	}

	@Test
	void aStreamedRecordingWithoutItsSizeIsReadToItsEnd() throws Exception {
		float[][] tone = WavFiles.tone(440, 0.5, 0.75, 16_000, 1);
		Path whole = WavFiles.write(temp.resolve("whole.wav"), tone, 16_000, WavFiles.PCM, 16);
		byte[] data = Arrays.copyOfRange(Files.readAllBytes(whole), 44, 44 + 2 * 12_000);
		// What a recorder leaves while streaming: 0xFFFFFFFF, as the length is not known yet.
		Path streamed = WavFiles.writeRaw(temp.resolve("streamed.wav"), 16_000, 1, WavFiles.PCM, 16, data, -1);

		float[] mono = SoundSamples.read(streamed);

		assertEquals(12_000, mono.length);
		assertArrayEquals(SoundSamples.read(whole), mono, 1e-6f);
	}

	@Test
	void aFileWithoutAudioSaysSo() {
		Path file = WavFiles.writeRaw(temp.resolve("empty.wav"), 16_000, 1, WavFiles.PCM, 16, new byte[0], 0);

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class, () -> SoundSamples.read(file));

		assertEquals("contains no audio", refusal.reason());
	}

	@Test
	void aFileThatIsNoWavSaysSo() throws Exception {
		Path file = Files.writeString(temp.resolve("fake.wav"), "RIFF0000WAVXthis is not a sound");

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class, () -> SoundSamples.read(file));

		assertTrue(refusal.getMessage().startsWith("fake.wav cannot be used: not a WAV file"), refusal.getMessage());
	}

	@Test
	void anEncodingModelBenchDoesNotReadIsNamed() {
		// Format tag 2 is Microsoft ADPCM.
		Path file = WavFiles.writeRaw(temp.resolve("adpcm.wav"), 16_000, 1, 2, 4, new byte[800], 800);

		UnreadableSampleException refusal = assertThrows(UnreadableSampleException.class, () -> SoundSamples.read(file));

		assertTrue(refusal.reason().contains("WAV"), refusal.getMessage());
	}

	@Test
	void aWrittenClipReadsBackTheSame() throws Exception {
		float[] clip = WavFiles.tone(1000, 0.3, 1, 16_000, 1)[0];
		ByteArrayOutputStream wav = new ByteArrayOutputStream();
		SoundSamples.writeWav(clip, wav);
		Path file = Files.write(temp.resolve("clip.wav"), wav.toByteArray());

		float[] read = SoundSamples.read(file);

		assertEquals(clip.length, read.length);
		for (int i = 0; i < clip.length; i++) {
			assertEquals(clip[i], read[i], 1.0 / 32767);
		}
	}

	@Test
	void aNoiseWavOfTheImportTestsStillReads() throws Exception {
		assertEquals(1600, SoundSamples.read(SampleFiles.wav(temp.resolve("noise.wav"), 1600)).length);
	}
}
