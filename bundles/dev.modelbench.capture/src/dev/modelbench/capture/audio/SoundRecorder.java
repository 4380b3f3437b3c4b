package dev.modelbench.capture.audio;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.capture.internal.Messages;

/**
 * Records a fixed time from a {@link SoundSource} (seed 001: "Record 20 seconds"), telling a
 * listener the level every {@value #LEVEL_INTERVAL_MS} ms so the user sees the meter move.
 */
public final class SoundRecorder {

	/** How often the level is reported. */
	public static final int LEVEL_INTERVAL_MS = 50;

	/** A recording whose loudest sample stays below this is silence: a muted or unplugged microphone. */
	public static final double SILENCE_DB = -60;

	/** Hears the level while recording; called on the recording thread, keep it quick. */
	@FunctionalInterface
	public interface LevelListener {

		/**
		 * @param seconds how much is recorded so far
		 * @param levelDb the RMS level of the last {@value SoundRecorder#LEVEL_INTERVAL_MS} ms in dBFS
		 */
		void level(double seconds, double levelDb);
	}

	/**
	 * What was recorded.
	 *
	 * @param samples 16 kHz mono samples
	 * @param peakDb  the loudest sample in dBFS
	 */
	public record Recording(float[] samples, double peakDb) {

		/** Seconds recorded. */
		public double seconds() {
			return (double) samples.length / SoundSource.SAMPLE_RATE;
		}

		/** Whether nothing was heard: the microphone is probably muted or not connected. */
		public boolean isSilent() {
			return peakDb < SILENCE_DB;
		}
	}

	private SoundRecorder() {
	}

	/**
	 * Records {@code seconds} of sound; the source stays open. Cancelling through the monitor stops
	 * the recording and throws.
	 *
	 * @throws CaptureException when the source fails or ends before the time is up
	 */
	public static Recording record(SoundSource source, double seconds, LevelListener listener, IProgressMonitor monitor)
			throws CaptureException {
		int total = (int) Math.round(seconds * SoundSource.SAMPLE_RATE);
		int chunk = SoundSource.SAMPLE_RATE * LEVEL_INTERVAL_MS / 1000;
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Recorder_task, source.name()),
				(total + chunk - 1) / chunk);
		float[] samples = new float[total];
		float[] buffer = new float[chunk];
		int recorded = 0;
		float peak = 0;
		while (recorded < total) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			float[] target = total - recorded < chunk ? new float[total - recorded] : buffer;
			int read = source.read(target);
			if (read < 0) {
				throw new CaptureException(NLS.bind(Messages.Recorder_ended, source.name(),
						String.format("%.1f", (double) recorded / SoundSource.SAMPLE_RATE))); //$NON-NLS-1$
			}
			double sum = 0;
			for (int i = 0; i < read; i++) {
				float sample = target[i];
				samples[recorded + i] = sample;
				sum += sample * sample;
				peak = Math.max(peak, Math.abs(sample));
			}
			recorded += read;
			listener.level((double) recorded / SoundSource.SAMPLE_RATE, 10 * Math.log10(sum / Math.max(1, read)));
			progress.worked(1);
		}
		return new Recording(samples, 20 * Math.log10(peak));
	}
}
