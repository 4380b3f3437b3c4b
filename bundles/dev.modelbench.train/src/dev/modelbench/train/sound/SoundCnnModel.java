package dev.modelbench.train.sound;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.internal.Messages;

/** A trained sound model: the log-mel spectrogram of a second, then the CNN. Safe to share between threads. */
public final class SoundCnnModel implements SoundClassifier {

	/** The export format: a .zip that runs without Model Bench (ONNX on raw PCM, labels, metadata). */
	public static final String ZIP = "zip"; //$NON-NLS-1$

	private final CnnClassifier cnn;
	private final String reportJson;
	private final ThreadLocal<LogMelSpectrogram> spectrograms = ThreadLocal.withInitial(LogMelSpectrogram::new);

	/** @param reportJson the training report to put in exports, or null */
	SoundCnnModel(CnnClassifier cnn, String reportJson) {
		this.cnn = cnn;
		this.reportJson = reportJson;
	}

	@Override
	public String kindId() {
		return SoundCnn.ID;
	}

	@Override
	public List<String> classNames() {
		return cnn.classNames();
	}

	/** The CNN on the spectrograms. */
	public CnnClassifier cnn() {
		return cnn;
	}

	@Override
	public String description() {
		return NLS.bind(Messages.Sound_description, cnn.shape().describe());
	}

	@Override
	public Prediction predict(float[] window) {
		if (window.length != SoundWindows.LENGTH) {
			throw new IllegalArgumentException(window.length + " samples, a window is " + SoundWindows.LENGTH); //$NON-NLS-1$
		}
		return cnn.predict(spectrograms.get().compute(window, 0));
	}

	@Override
	public Prediction predict(Path sampleFile) throws UnreadableSampleException {
		return predict(SoundWindows.of(SoundSamples.read(sampleFile)));
	}

	@Override
	public Map<String, byte[]> archiveEntries() {
		return SoundCnn.entries(cnn);
	}

	@Override
	public List<String> exportFormats() {
		return List.of(ZIP);
	}

	@Override
	public List<Path> export(String format, Path folder, String modelName) throws IOException {
		if (!ZIP.equals(format)) {
			throw new IllegalArgumentException("Unknown export format " + format); //$NON-NLS-1$
		}
		return List.of(SoundZipExport.write(cnn, modelName, reportJson, folder));
	}

	@Override
	public void close() {
		// nothing native to release
	}
}
