package dev.modelbench.core.persistence;

import java.nio.file.Path;

/**
 * Where things live inside a Model project folder: the model file at the root and one folder of
 * samples per category under {@value #DATA_FOLDER_NAME}/.
 */
public final class ProjectLayout {

	/** File name of the model, at the project root. */
	public static final String MODEL_FILE_NAME = "model.modelbench"; //$NON-NLS-1$

	/** File extension of model files, registered as a content type. */
	public static final String MODEL_FILE_EXTENSION = "modelbench"; //$NON-NLS-1$

	/** Folder holding one sub-folder of samples per category. */
	public static final String DATA_FOLDER_NAME = "data"; //$NON-NLS-1$

	private ProjectLayout() {
	}

	public static Path modelFile(Path projectFolder) {
		return projectFolder.resolve(MODEL_FILE_NAME);
	}

	public static Path dataFolder(Path projectFolder) {
		return projectFolder.resolve(DATA_FOLDER_NAME);
	}

	public static Path categoryFolder(Path projectFolder, String categoryName) {
		return dataFolder(projectFolder).resolve(categoryName);
	}

	/** The project-relative path stored in a Sample, always with forward slashes. */
	public static String samplePath(String categoryName, String fileName) {
		return DATA_FOLDER_NAME + '/' + categoryName + '/' + fileName;
	}

	/**
	 * The file a Sample's path points to, on any system. A backslash is read as a separator too: the
	 * names Model Bench gives samples never hold one, so it can only come from a model file edited on Windows.
	 */
	public static Path sampleFile(Path projectFolder, String samplePath) {
		// Every platform's Path parser accepts '/' as a separator; Linux and macOS would take a backslash for a letter.
		return projectFolder.resolve(samplePath.replace('\\', '/'));
	}
}
