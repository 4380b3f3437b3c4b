package dev.modelbench.train.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.ModelArchive;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.internal.Messages;
import dev.modelbench.train.report.TrainingReportJson;

/**
 * Where a Model project keeps its trained model: one file, {@code trained/model.mbmodel}, replaced
 * atomically when a run keeps a model, with the report of that run beside it.
 */
public final class TrainedModelStore {

	/** The folder of the trained model, at the project root. */
	public static final String FOLDER = "trained"; //$NON-NLS-1$

	/** The folder trainers may keep reusable intermediate results in (safe to delete). */
	public static final String CACHE_FOLDER = ".cache"; //$NON-NLS-1$

	private static final String MODEL_FILE = "model" + ModelArchive.EXTENSION; //$NON-NLS-1$
	private static final String REPORT_FILE = "report.json"; //$NON-NLS-1$

	private TrainedModelStore() {
	}

	/** The trained model file of the project in {@code projectFolder}. */
	public static Path modelFile(Path projectFolder) {
		return projectFolder.resolve(FOLDER).resolve(MODEL_FILE);
	}

	/** The report of the run that made the trained model. */
	public static Path reportFile(Path projectFolder) {
		return projectFolder.resolve(FOLDER).resolve(REPORT_FILE);
	}

	/** The cache folder of the project. */
	public static Path cacheFolder(Path projectFolder) {
		return projectFolder.resolve(CACHE_FOLDER);
	}

	/** Whether the project has a trained model. */
	public static boolean hasModel(Path projectFolder) {
		return Files.isRegularFile(modelFile(projectFolder));
	}

	/** Keeps {@code model} as the project's trained model, and its report beside it. */
	public static void save(Path projectFolder, TrainedModel model, TrainingReport report) throws IOException {
		// The report travels inside the model too, so that an export can carry it.
		Map<String, byte[]> entries = new LinkedHashMap<>(model.archiveEntries());
		entries.put(ModelArchive.REPORT_ENTRY, TrainingReportJson.toJson(report).getBytes(StandardCharsets.UTF_8));
		new ModelArchive(model.kindId(), entries).save(modelFile(projectFolder));
		TrainingReportJson.save(report, reportFile(projectFolder));
	}

	/**
	 * Loads the project's trained model; the caller closes it.
	 *
	 * @throws TrainedModelException when there is none yet, it is damaged, or its kind is not installed
	 */
	public static TrainedModel load(Path projectFolder) throws IOException {
		Path file = modelFile(projectFolder);
		ModelArchive archive;
		try {
			archive = ModelArchive.load(file);
		} catch (NoSuchFileException e) {
			throw new TrainedModelException(Messages.Store_notTrained, e);
		}
		ModelKinds.Descriptor kind = ModelKinds.find(archive.kindId()).orElseThrow(
				() -> new TrainedModelException(NLS.bind(Messages.Store_unknownKind, archive.kindId())));
		return kind.create().read(archive);
	}
}
