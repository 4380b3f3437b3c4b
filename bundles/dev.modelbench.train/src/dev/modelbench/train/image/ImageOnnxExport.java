package dev.modelbench.train.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.report.JsonWriter;

/**
 * The export contract every image model kind keeps, so that one runtime (the UNIHIKER's, Mind+'s,
 * a script) runs any of them: one self-contained {@code model.onnx} with input {@value #INPUT},
 * float32 [batch, 3, size, size], RGB, 8-bit sample / 255, NCHW (what {@link ImageTensor} makes)
 * and output {@value #OUTPUT}, float32 [batch, classes], the probabilities; the class names in its
 * metadata; and the {@code model.yaml} the UNIHIKER model runtime reads beside it (as Mind+ exports).
 *
 * @param kindId       the model kind that made the model
 * @param architecture what the model is, e.g. "mobilenet_v2_block10_2x2 -> 384 -> 3 softmax"
 * @param classNames   in label order
 * @param inputSize    the side of the square input in pixels
 * @param modelName    the name recorded in the export, e.g. the project's
 */
public record ImageOnnxExport(String kindId, String architecture, List<String> classNames, int inputSize,
		String modelName) {

	/** The export format's name, as {@code TrainedModel.export} takes it. */
	public static final String FORMAT = "onnx"; //$NON-NLS-1$

	/** The name of the model's input. */
	public static final String INPUT = "images"; //$NON-NLS-1$

	/** The name of the model's output. */
	public static final String OUTPUT = "output0"; //$NON-NLS-1$

	public static final String MODEL_FILE = "model.onnx"; //$NON-NLS-1$
	public static final String YAML_FILE = "model.yaml"; //$NON-NLS-1$

	public ImageOnnxExport {
		classNames = List.copyOf(classNames);
	}

	/** Writes {@value #MODEL_FILE} and {@value #YAML_FILE} into {@code folder}, each complete or not at all. */
	public List<Path> write(ModelProto model, Path folder) throws IOException {
		byte[] onnx = model.toByteArray();
		byte[] yaml = yaml().getBytes(StandardCharsets.UTF_8);
		Files.createDirectories(folder);
		Path modelFile = folder.resolve(MODEL_FILE);
		Path description = folder.resolve(YAML_FILE);
		AtomicFileWriter writer = new AtomicFileWriter();
		writer.write(modelFile, out -> out.write(onnx));
		writer.write(description, out -> out.write(yaml));
		return List.of(modelFile, description);
	}

	/** {@code model} with Model Bench as producer and this contract's metadata in place of any it had. */
	public ModelProto.Builder describe(ModelProto.Builder model) {
		String version = ImageOnnxExport.class.getPackage().getImplementationVersion();
		return model.setProducerName("Model Bench").setProducerVersion(version == null ? "0.1" : version) //$NON-NLS-1$ //$NON-NLS-2$
				.setDocString("Image classifier trained with Model Bench: " + classNames) //$NON-NLS-1$
				.clearMetadataProps().addAllMetadataProps(OnnxGraphs.metadata(metadata()));
	}

	/** The {@code metadata_props}: Ultralytics' keys, then Model Bench's own. */
	public Map<String, String> metadata() {
		Map<String, String> entries = new LinkedHashMap<>();
		// Ultralytics' keys, which the UNIHIKER runtime and other YOLO-classify tools read.
		entries.put("task", "classify"); //$NON-NLS-1$ //$NON-NLS-2$
		entries.put("imgsz", "[" + inputSize + ", " + inputSize + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		StringBuilder dictionary = new StringBuilder("{"); //$NON-NLS-1$
		for (int i = 0; i < classNames.size(); i++) {
			dictionary.append(i == 0 ? "" : ", ").append(i).append(": ").append(JsonWriter.quoted(classNames.get(i))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		entries.put("names", dictionary.append('}').toString()); //$NON-NLS-1$
		entries.put("modelbench.model_name", modelName); //$NON-NLS-1$
		entries.put("modelbench.labels", //$NON-NLS-1$
				classNames.stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		entries.put("modelbench.model_kind", kindId); //$NON-NLS-1$
		entries.put("modelbench.architecture", architecture); //$NON-NLS-1$
		entries.put("modelbench.input", INPUT + ": float32 [batch, 3, " + inputSize + ", " + inputSize //$NON-NLS-1$ //$NON-NLS-2$
				+ "], NCHW, channels R, G, B, value = 8-bit sample / 255 (0..1, no mean or std)"); //$NON-NLS-1$
		entries.put("modelbench.preprocessing", "The whole image scaled to " + inputSize + " x " + inputSize //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " (aspect ratio not kept, no crop), EXIF orientation applied, transparency" //$NON-NLS-1$
				+ " over white; Model Bench first halves each side by 2x2 box averages while it is at least twice the" //$NON-NLS-1$
				+ " target, then resizes bilinearly at pixel centres (OpenCV INTER_AREA then INTER_LINEAR comes close)"); //$NON-NLS-1$
		entries.put("modelbench.output", OUTPUT + ": float32 [batch, " + classNames.size() //$NON-NLS-1$ //$NON-NLS-2$
				+ "], class probabilities (softmax) in the order of modelbench.labels"); //$NON-NLS-1$
		return entries;
	}

	/** The UNIHIKER runtime's description of the model: its name, classes and input size. */
	public String yaml() {
		return "# Written by Model Bench beside model.onnx; the UNIHIKER model runtime reads it.\n" //$NON-NLS-1$
				+ "model_name: " + JsonWriter.quoted(modelName) + '\n' //$NON-NLS-1$
				+ "class_names: " + classNames.stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ '\n' + "imgsz: " + inputSize + '\n'; //$NON-NLS-1$
	}
}
