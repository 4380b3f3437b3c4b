package dev.modelbench.capture.tests.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.capture.audio.CaptureException;
import dev.modelbench.capture.audio.Decimator;
import dev.modelbench.capture.audio.SoundRecorder;
import dev.modelbench.capture.audio.WavSoundSource;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.core.tests.fixtures.WavFiles;

/** Recording from a line fed by a WAV file, as from a microphone. */
class SoundRecorderTest {

	@TempDir
	Path temp;

	@Test
	void recordsTheAskedTimeAndReportsTheLevelAsItGoes() throws Exception {
		float[] tone = WavFiles.tone(440, 0.5, 2.5, 16_000, 1)[0];
		Path file = WavFiles.write(temp.resolve("tone.wav"), new float[][] { tone }, 16_000, WavFiles.PCM, 16);
		List<Double> levels = new ArrayList<>();

		SoundRecorder.Recording recording;
		try (WavSoundSource line = WavSoundSource.of(file, false)) {
			recording = SoundRecorder.record(line, 2, (seconds, level) -> levels.add(level), new NullProgressMonitor());
		}

		assertEquals(32_000, recording.samples().length);
		assertEquals(2.0, recording.seconds(), 1e-9);
		assertEquals(40, levels.size(), "one level every 50 ms");
		assertEquals(20 * Math.log10(0.5 / Math.sqrt(2)), levels.get(10), 0.1, "a sine's RMS level");
		assertFalse(recording.isSilent());
		assertEquals(tone[1000], recording.samples()[1000], 1.0 / 32767);
	}

	@Test
	void aMutedMicrophoneGivesASilentRecording() throws Exception {
		try (WavSoundSource line = WavSoundSource.of("muted", new float[16_000], false)) {
			assertTrue(SoundRecorder.record(line, 1, (s, l) -> { }, new NullProgressMonitor()).isSilent());
		}
	}

	@Test
	void aSourceThatEndsEarlySaysWhen() {
		CaptureException failure = assertThrows(CaptureException.class, () -> {
			try (WavSoundSource line = WavSoundSource.of("short.wav", new float[8_000], false)) {
				SoundRecorder.record(line, 20, (s, l) -> { }, new NullProgressMonitor());
			}
		});

		assertTrue(failure.getMessage().contains("short.wav") && failure.getMessage().contains("0.5 s"),
				failure.getMessage());
	}

	@Test
	void cancellingStopsTheRecording() {
		assertThrows(OperationCanceledException.class, () -> {
			try (WavSoundSource line = WavSoundSource.of("long", new float[16_000 * 20], false)) {
				SoundRecorder.record(line, 20, (s, l) -> { }, new CancelAtCheck(5));
			}
		});
	}

	@Test
	void aRealTimeSourceTakesAsLongAsTheSoundLasts() throws Exception {
		long start = System.nanoTime();
		try (WavSoundSource line = WavSoundSource.of("half a second", new float[8_000], true)) {
			SoundRecorder.record(line, 0.5, (s, l) -> { }, new NullProgressMonitor());
		}
		assertTrue((System.nanoTime() - start) / 1e9 >= 0.45, "paced like a microphone");
	}

	@Test
	void a48KilohertzDeviceIsDecimatedToSixteenWithoutAliasing() {
		Decimator decimator = new Decimator(3);
		float[] pass = WavFiles.tone(1000, 0.5, 1, 48_000, 1)[0];
		float[] alias = WavFiles.tone(15_000, 0.5, 1, 48_000, 1)[0]; // would fold to 1 kHz
		float[] passed = decimateInPieces(decimator, pass);
		float[] folded = decimateInPieces(new Decimator(3), alias);

		assertEquals(16_000, passed.length);
		assertEquals(0.5, peak(passed, 1000), 0.02);
		assertTrue(peak(folded, 1000) < 0.01, "15 kHz must not come through, got " + peak(folded, 1000));
	}

	@Test
	void decimatingInPiecesGivesWhatOneCallGives() {
		float[] tone = WavFiles.tone(700, 0.5, 0.5, 48_000, 1)[0];
		float[] whole = new float[8_000];
		assertEquals(8_000, new Decimator(3).process(tone, whole));

		assertArrayEquals(whole, decimateInPieces(new Decimator(3), tone));
	}

	private static float[] decimateInPieces(Decimator decimator, float[] input) {
		float[] out = new float[input.length / decimator.factor()];
		int written = 0;
		for (int from = 0; from < input.length; from += 1234) {
			float[] piece = Arrays.copyOfRange(input, from, Math.min(input.length, from + 1234));
			float[] part = new float[piece.length];
			int count = decimator.process(piece, part);
			System.arraycopy(part, 0, out, written, count);
			written += count;
		}
		return Arrays.copyOf(out, written);
	}

	private static double peak(float[] samples, int from) {
		double peak = 0;
		for (int i = from; i < samples.length; i++) {
			peak = Math.max(peak, Math.abs(samples[i]));
		}
		return peak;
	}
}
