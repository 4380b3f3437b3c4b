package dev.modelbench.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.modelbench.core.sample.UnreadableSampleException;

/**
 * A trained classifier, ready to predict, save and export. May hold native resources (an ONNX
 * Runtime session): close it when done. Predictions are safe from several threads.
 */
public interface TrainedModel extends AutoCloseable {

	/** The id of the {@link ModelKind} that made it and can read it back. */
	String kindId();

	/** The classes it tells apart, in label order. */
	List<String> classNames();

	/** What the model is, for people: e.g. "MobileNetV2 features (384) -> 4 softmax". */
	String description();

	/** Classifies one sample file of the project's kind (an image, or a sound: its first second). */
	Prediction predict(Path sampleFile) throws UnreadableSampleException;

	/**
	 * The named byte entries that {@link ModelKind#read} needs to rebuild this model exactly. The
	 * kind's own format; {@link ModelArchive} stores them.
	 */
	Map<String, byte[]> archiveEntries();

	/** The formats {@link #export} writes, e.g. "onnx"; the first is the usual one. */
	List<String> exportFormats();

	/**
	 * Writes the model in {@code format} into {@code folder} (made if missing), each file complete
	 * or not at all.
	 *
	 * @param modelName the name recorded in the export, e.g. the project's
	 * @return the files written, the model file first
	 * @throws IllegalArgumentException for a format not in {@link #exportFormats()}
	 */
	List<Path> export(String format, Path folder, String modelName) throws IOException;

	@Override
	void close();
}
