package dev.modelbench.capture.tests.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.capture.audio.Microphone;
import dev.modelbench.capture.audio.Microphones;
import dev.modelbench.capture.audio.SoundRecorder;
import dev.modelbench.capture.audio.SoundSource;
import dev.modelbench.capture.tests.fixtures.NullSinkPulseAudio;
import dev.modelbench.core.tests.fixtures.WavFiles;

/**
 * The microphone path users have, end to end: javax.sound.sampled finds the system's capture
 * device, opens it at 16 kHz and records what is played, here into a PulseAudio null sink.
 */
class PulseAudioMicrophoneTest {

	private static NullSinkPulseAudio pulse;

	@TempDir
	static Path temp;

	@BeforeAll
	static void startPulseAudio() throws Exception {
		String[] why = new String[1];
		pulse = NullSinkPulseAudio.start(why);
		Assumptions.assumeTrue(pulse != null, () -> "no microphone to test with: " + why[0]);
	}

	@AfterAll
	static void stopPulseAudio() throws Exception {
		if (pulse != null) {
			pulse.close();
		}
	}

	@Test
	void theSystemMicrophoneIsListedAndRecordsAToneAtSixteenKilohertz() throws Exception {
		List<Microphone> microphones = Microphones.list();
		assertFalse(microphones.isEmpty(), "javax.sound lists the PulseAudio capture device");
		Path tone = WavFiles.write(temp.resolve("tone.wav"), WavFiles.tone(880, 0.5, 3, 44_100, 2), 44_100,
				WavFiles.PCM, 16);

		SoundRecorder.Recording recording;
		try (SoundSource microphone = Microphones.open(microphones.getFirst())) {
			Process player = pulse.play(tone);
			recording = SoundRecorder.record(microphone, 2.5, (seconds, level) -> { }, new NullProgressMonitor());
			player.waitFor();
		}

		assertEquals(2.5, recording.seconds(), 1e-9);
		assertFalse(recording.isSilent(), "peak " + recording.peakDb() + " dBFS");
		// The loudest half second holds the tone: 880 Hz after decimation to 16 kHz.
		assertEquals(880, loudestHalfSecondHertz(recording.samples()), 15);
	}

	@Test
	void aMicrophoneThatHearsNothingGivesASilentRecording() throws Exception {
		try (SoundSource microphone = Microphones.open(Microphones.list().getFirst())) {
			SoundRecorder.Recording recording = SoundRecorder.record(microphone, 1, (seconds, level) -> { },
					new NullProgressMonitor());
			assertTrue(recording.isSilent(), "peak " + recording.peakDb() + " dBFS");
		}
	}

	/** The frequency of the loudest half second, from its zero crossings. */
	private static double loudestHalfSecondHertz(float[] samples) {
		int length = SoundSource.SAMPLE_RATE / 2;
		int best = 0;
		double bestEnergy = -1;
		for (int start = 0; start + length <= samples.length; start += length / 4) {
			double energy = 0;
			for (int i = start; i < start + length; i++) {
				energy += samples[i] * samples[i];
			}
			if (energy > bestEnergy) {
				bestEnergy = energy;
				best = start;
			}
		}
		int crossings = 0;
		for (int i = best + 1; i < best + length; i++) {
			if ((samples[i] >= 0) != (samples[i - 1] >= 0)) {
				crossings++;
			}
		}
		return crossings / 2.0 / 0.5;
	}
}
