package dev.modelbench.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;

import dev.modelbench.deploy.internal.Messages;

/**
 * A model as the image export writes it: {@code model.onnx} and the {@code model.yaml} beside it
 * (name, class names, input size), the input of board-side code generators.
 *
 * @param onnx       the ONNX file
 * @param yaml       the description file
 * @param name       the model's name
 * @param classNames the classes, in output order
 * @param inputSize  the square input's side in pixels
 */
public record ExportedModel(Path onnx, Path yaml, String name, List<String> classNames, int inputSize) {

	public static final String ONNX_FILE = "model.onnx"; //$NON-NLS-1$
	public static final String YAML_FILE = "model.yaml"; //$NON-NLS-1$

	/** The export writes names and class names as JSON strings, which YAML reads as double-quoted scalars. */
	private static final Gson JSON = new Gson();

	/**
	 * Reads the export in {@code folder}.
	 *
	 * @throws FirmwareFormatException when a file is missing or the description cannot be read
	 */
	public static ExportedModel read(Path folder) throws FirmwareFormatException {
		Path onnx = folder.resolve(ONNX_FILE);
		Path yaml = folder.resolve(YAML_FILE);
		if (!Files.isRegularFile(onnx) || !Files.isRegularFile(yaml)) {
			throw new FirmwareFormatException(NLS.bind(Messages.Model_missing, folder));
		}
		String name = null;
		List<String> classes = null;
		int size = -1;
		try {
			for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
				if (line.startsWith("model_name:")) { //$NON-NLS-1$
					name = unquote(line.substring(11).strip());
				} else if (line.startsWith("class_names:")) { //$NON-NLS-1$
					classes = list(line.substring(12).strip());
				} else if (line.startsWith("imgsz:")) { //$NON-NLS-1$
					size = Integer.parseInt(line.substring(6).strip());
				}
			}
		} catch (IOException | RuntimeException e) {
			throw new FirmwareFormatException(NLS.bind(Messages.Model_badYaml, yaml, e.getMessage()), e);
		}
		if (classes == null || classes.isEmpty() || size <= 0) {
			throw new FirmwareFormatException(NLS.bind(Messages.Model_badYaml, yaml, "class_names, imgsz")); //$NON-NLS-1$
		}
		return new ExportedModel(onnx, yaml, name == null ? folder.getFileName().toString() : name, List.copyOf(classes), size);
	}

	/** The items of a one-line list of JSON strings, {@code ["a", "b"]}. */
	private static List<String> list(String text) {
		if (!text.startsWith("[")) { //$NON-NLS-1$
			throw new IllegalArgumentException(text);
		}
		return List.of(JSON.fromJson(text, String[].class));
	}

	/** A JSON string literal's value; text not in quotes as it is (YAML's plain scalar). */
	static String unquote(String quoted) {
		return quoted.startsWith("\"") ? JSON.fromJson(quoted, String.class) : quoted; //$NON-NLS-1$
	}
}
