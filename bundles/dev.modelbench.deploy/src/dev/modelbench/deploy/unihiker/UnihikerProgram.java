package dev.modelbench.deploy.unihiker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.GeneratedText;
import dev.modelbench.deploy.ModelCodeGenerator;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.internal.Messages;

/**
 * The Python program that runs an exported image model on a UNIHIKER: camera through OpenCV, the
 * model through ONNX Runtime, the label on the screen, each result pushed to SIoT over MQTT
 * (paho-mqtt), all of which the board ships with.
 */
public final class UnihikerProgram implements ModelCodeGenerator {

	/** The program's file name on the board. */
	public static final String MAIN = "main.py"; //$NON-NLS-1$
	public static final String SETTINGS = "settings.json"; //$NON-NLS-1$

	/**
	 * Where results go and how.
	 *
	 * @param broker  the MQTT broker; SIoT runs on the board itself at 127.0.0.1
	 * @param port    its port
	 * @param user    SIoT's login is {@code siot}
	 * @param password and {@code dfrobot}
	 * @param topic   e.g. {@code modelbench/<project>}, as the PC's result push uses
	 * @param json    JSON {@code {"label","confidence","probabilities","time","model"}} instead of the bare label
	 * @param camera  the OpenCV camera index
	 */
	public record Settings(String broker, int port, String user, String password, String topic, boolean json, int camera) {

		/** SIoT on the board, the bare label on {@code modelbench/<model name>}, the first camera. */
		public static Settings siotFor(String modelName) {
			return new Settings("127.0.0.1", 1883, "siot", "dfrobot", "modelbench/" + modelName.replaceAll("[+#/]", "-"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					false, 0);
		}
	}

	private final Settings settings;

	/** For the extension registry: SIoT on the board. */
	public UnihikerProgram() {
		this(null);
	}

	public UnihikerProgram(Settings settings) {
		this.settings = settings;
	}

	/** Writes main.py and settings.json and copies the model beside them; returns the files to upload, the program first. */
	@Override
	public List<Path> generate(ExportedModel model, Board board, Path folder, IProgressMonitor monitor)
			throws DeployException {
		Settings chosen = settings != null ? settings : Settings.siotFor(model.name());
		try {
			Files.createDirectories(folder);
			Path main = folder.resolve(MAIN);
			try (InputStream program = UnihikerProgram.class.getResourceAsStream(MAIN)) {
				// LF whatever a checkout on Windows made of the resource: the board runs Linux.
				GeneratedText.write(main, new String(program.readAllBytes(), StandardCharsets.UTF_8));
			}
			Path settingsFile = folder.resolve(SETTINGS);
			GeneratedText.write(settingsFile, json(chosen));
			Path onnx = folder.resolve(ExportedModel.ONNX_FILE);
			Path yaml = folder.resolve(ExportedModel.YAML_FILE);
			if (!Files.isSameFile(model.onnx().getParent(), folder)) {
				Files.copy(model.onnx(), onnx, StandardCopyOption.REPLACE_EXISTING);
				Files.copy(model.yaml(), yaml, StandardCopyOption.REPLACE_EXISTING);
			}
			return List.of(main, settingsFile, onnx, yaml);
		} catch (IOException e) {
			throw new DeployException(NLS.bind(Messages.Unihiker_cannotWrite, folder, e.getMessage()), e);
		}
	}

	static String json(Settings s) {
		return "{\n" //$NON-NLS-1$
				+ "  \"broker\": " + quoted(s.broker()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"port\": " + s.port() + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"user\": " + quoted(s.user()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"password\": " + quoted(s.password()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"topic\": " + quoted(s.topic()) + ",\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "  \"payload\": " + (s.json() ? "\"json\"" : "\"label\"") + ",\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "  \"camera\": " + s.camera() + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\""); //$NON-NLS-1$
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
