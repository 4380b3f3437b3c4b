package dev.modelbench.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

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
		if (!text.startsWith("[") || !text.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException(text);
		}
		List<String> items = new ArrayList<>();
		int i = 1;
		while (i < text.length() - 1) {
			char c = text.charAt(i);
			if (c == '"') {
				int end = closingQuote(text, i);
				items.add(unquote(text.substring(i, end + 1)));
				i = end + 1;
			} else {
				i++;
			}
		}
		return items;
	}

	private static int closingQuote(String text, int open) {
		for (int i = open + 1; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			} else if (text.charAt(i) == '"') {
				return i;
			}
		}
		throw new IllegalArgumentException(text);
	}

	/** A JSON string literal's value. */
	static String unquote(String quoted) {
		if (quoted.length() < 2 || quoted.charAt(0) != '"') {
			return quoted;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 1; i < quoted.length() - 1; i++) {
			char c = quoted.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = quoted.charAt(++i);
			switch (e) {
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			case 'r' -> out.append('\r');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
				i += 4;
			}
			default -> out.append(e);
			}
		}
		return out.toString();
	}
}
