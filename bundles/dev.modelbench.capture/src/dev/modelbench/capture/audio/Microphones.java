package dev.modelbench.capture.audio;

import java.util.ArrayList;
import java.util.List;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.capture.internal.Messages;

/**
 * The computer's microphones, through javax.sound.sampled. A line is opened at 16 kHz when the
 * device offers it, else at 48 or 32 kHz and decimated, so every microphone delivers
 * {@link SoundSource#SAMPLE_RATE} samples.
 */
public final class Microphones {

	/** Rates tried in turn; each a whole multiple of 16 kHz, so decimation needs no interpolation. */
	private static final int[] RATES = { 16_000, 48_000, 32_000 };

	private Microphones() {
	}

	/** The microphones that can record 16-bit sound at one of the rates Model Bench takes. */
	public static List<Microphone> list() {
		List<Microphone> microphones = new ArrayList<>();
		for (Mixer.Info info : AudioSystem.getMixerInfo()) {
			Mixer mixer = AudioSystem.getMixer(info);
			for (int rate : RATES) {
				if (mixer.isLineSupported(lineInfo(rate))) {
					microphones.add(new Microphone(info.getName(), info.getDescription()));
					break;
				}
			}
		}
		return microphones;
	}

	/** The microphones of {@link #list()} as inputs to record from. */
	public static List<SoundInput> inputs() {
		List<SoundInput> inputs = new ArrayList<>();
		for (Microphone microphone : list()) {
			inputs.add(new SoundInput() {
				@Override
				public String name() {
					return microphone.name();
				}

				@Override
				public SoundSource open() throws CaptureException {
					return Microphones.open(microphone);
				}
			});
		}
		return inputs;
	}

	/**
	 * Opens {@code microphone} and starts it recording.
	 *
	 * @throws CaptureException when it is gone, busy, or records at no rate Model Bench takes
	 */
	public static SoundSource open(Microphone microphone) throws CaptureException {
		for (Mixer.Info info : AudioSystem.getMixerInfo()) {
			if (!info.getName().equals(microphone.name())) {
				continue;
			}
			Mixer mixer = AudioSystem.getMixer(info);
			for (int rate : RATES) {
				DataLine.Info lineInfo = lineInfo(rate);
				if (mixer.isLineSupported(lineInfo)) {
					try {
						TargetDataLine line = (TargetDataLine) mixer.getLine(lineInfo);
						line.open(format(rate));
						line.start();
						return new LineSoundSource(microphone.name(), line, rate / SoundSource.SAMPLE_RATE);
					} catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
						throw new CaptureException(NLS.bind(Messages.Microphone_busy, microphone.name(), e.getMessage()), e);
					}
				}
			}
			throw new CaptureException(NLS.bind(Messages.Microphone_noUsableFormat, microphone.name()));
		}
		throw new CaptureException(NLS.bind(Messages.Microphone_gone, microphone.name()));
	}

	/** What to tell a user whose computer has no microphone: what to connect and check. */
	public static String noneMessage() {
		return Messages.Microphone_none;
	}

	/**
	 * The first microphone, opened.
	 *
	 * @throws CaptureException when the computer has none, saying what to do
	 */
	public static SoundSource openDefault() throws CaptureException {
		List<Microphone> microphones = list();
		if (microphones.isEmpty()) {
			throw new CaptureException(Messages.Microphone_none);
		}
		return open(microphones.getFirst());
	}

	static AudioFormat format(int rate) {
		return new AudioFormat(rate, 16, 1, true, false);
	}

	private static DataLine.Info lineInfo(int rate) {
		return new DataLine.Info(TargetDataLine.class, format(rate));
	}
}
