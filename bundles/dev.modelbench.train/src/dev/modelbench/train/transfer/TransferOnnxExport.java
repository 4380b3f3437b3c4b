package dev.modelbench.train.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.head.DenseLayer;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.NodeProto;
import dev.modelbench.train.onnx.proto.Onnx.StringStringEntryProto;
import dev.modelbench.train.onnx.proto.Onnx.ValueInfoProto;
import dev.modelbench.train.report.JsonWriter;

/**
 * Writes a transfer model as one self-contained ONNX file, the extractor's graph with the head
 * appended, and the {@code model.yaml} the UNIHIKER model runtime reads beside it (as Mind+
 * exports). Input {@code images}: float32 [batch, 3, size, size], RGB, 8-bit sample / 255, NCHW;
 * output {@code output0}: float32 [batch, classes], the probabilities.
 */
final class TransferOnnxExport {

	static final String INPUT = "images"; //$NON-NLS-1$
	static final String OUTPUT = "output0"; //$NON-NLS-1$
	static final String MODEL_FILE = "model.onnx"; //$NON-NLS-1$
	static final String YAML_FILE = "model.yaml"; //$NON-NLS-1$

	private TransferOnnxExport() {
	}

	static List<Path> write(FeatureExtractor extractor, SoftmaxClassifier head, String modelName, Path folder)
			throws IOException {
		byte[] onnx = toOnnx(extractor, head, modelName).toByteArray();
		byte[] yaml = yaml(head.classNames(), modelName, extractor.inputSize()).getBytes(StandardCharsets.UTF_8);
		Files.createDirectories(folder);
		Path model = folder.resolve(MODEL_FILE);
		Path description = folder.resolve(YAML_FILE);
		AtomicFileWriter writer = new AtomicFileWriter();
		writer.write(model, out -> out.write(onnx));
		writer.write(description, out -> out.write(yaml));
		return List.of(model, description);
	}

	static ModelProto toOnnx(FeatureExtractor extractor, SoftmaxClassifier head, String modelName) throws IOException {
		ModelProto backbone = ModelProto.parseFrom(extractor.model());
		GraphProto.Builder graph = backbone.getGraph().toBuilder();
		String features = graph.getOutput(0).getName();
		renameInput(graph, INPUT);
		graph.clearOutput();
		graph.setName("modelbench_" + TransferLearning.ID); //$NON-NLS-1$

		int width = head.featureCount();
		graph.addInitializer(OnnxGraphs.floats("head_mean", new long[] { width }, head.standardization().mean())); //$NON-NLS-1$
		graph.addInitializer(
				OnnxGraphs.floats("head_inv_std", new long[] { width }, head.standardization().inverseStd())); //$NON-NLS-1$
		graph.addNode(OnnxGraphs.node("Sub", "head_centred", List.of(features, "head_mean"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		graph.addNode(OnnxGraphs.node("Mul", "head_standardised", List.of("head_centred", "head_inv_std"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String previous = "head_standardised"; //$NON-NLS-1$
		for (int l = 0; l < head.layers().size(); l++) {
			DenseLayer layer = head.layers().get(l);
			String weights = "head_W" + l; //$NON-NLS-1$
			String bias = "head_b" + l; //$NON-NLS-1$
			// DenseLayer keeps weights as [inputs, outputs], which is Gemm's B without transposition.
			graph.addInitializer(OnnxGraphs.floats(weights, layer.weightShape(), layer.weights()));
			graph.addInitializer(OnnxGraphs.floats(bias, layer.biasShape(), layer.bias()));
			String dense = "head_dense" + l; //$NON-NLS-1$
			graph.addNode(OnnxGraphs.node("Gemm", dense, List.of(previous, weights, bias))); //$NON-NLS-1$
			previous = dense;
			if (layer.activation() == DenseLayer.Activation.RELU) {
				String relu = "head_relu" + l; //$NON-NLS-1$
				graph.addNode(OnnxGraphs.node("Relu", relu, List.of(dense))); //$NON-NLS-1$
				previous = relu;
			}
		}
		graph.addNode(OnnxGraphs.node("Softmax", OUTPUT, List.of(previous), OnnxGraphs.attribute("axis", 1L))); //$NON-NLS-1$ //$NON-NLS-2$
		graph.addOutput(OnnxGraphs.floatValue(OUTPUT, batchDim(graph), head.classCount()));

		return backbone.toBuilder().setGraph(graph).setProducerName("Model Bench") //$NON-NLS-1$
				.setProducerVersion(TransferOnnxExport.class.getPackage().getImplementationVersion() == null ? "0.1" //$NON-NLS-1$
						: TransferOnnxExport.class.getPackage().getImplementationVersion())
				.setDocString("Image classifier trained with Model Bench: " + head.classNames()) //$NON-NLS-1$
				.clearMetadataProps().addAllMetadataProps(metadata(backbone, head, modelName, extractor)).build();
	}

	/** Renames the graph input everywhere it is read. */
	private static void renameInput(GraphProto.Builder graph, String name) {
		String old = graph.getInput(0).getName();
		graph.setInput(0, graph.getInput(0).toBuilder().setName(name));
		for (int n = 0; n < graph.getNodeCount(); n++) {
			NodeProto node = graph.getNode(n);
			if (node.getInputList().contains(old)) {
				NodeProto.Builder renamed = node.toBuilder().clearInput();
				node.getInputList().forEach(input -> renamed.addInput(input.equals(old) ? name : input));
				graph.setNode(n, renamed);
			}
		}
	}

	/** The batch dimension of the input: a name such as "N", or a fixed size. */
	private static Object batchDim(GraphProto.Builder graph) {
		ValueInfoProto input = graph.getInput(0);
		var dim = input.getType().getTensorType().getShape().getDim(0);
		return dim.hasDimParam() ? dim.getDimParam() : (Object) dim.getDimValue();
	}

	private static List<StringStringEntryProto> metadata(ModelProto backbone, SoftmaxClassifier head, String modelName,
			FeatureExtractor extractor) {
		List<String> names = head.classNames();
		Map<String, String> entries = new LinkedHashMap<>();
		// Ultralytics' keys, which the UNIHIKER runtime and other YOLO-classify tools read.
		entries.put("task", "classify"); //$NON-NLS-1$ //$NON-NLS-2$
		entries.put("imgsz", "[" + extractor.inputSize() + ", " + extractor.inputSize() + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		StringBuilder dictionary = new StringBuilder("{"); //$NON-NLS-1$
		for (int i = 0; i < names.size(); i++) {
			dictionary.append(i == 0 ? "" : ", ").append(i).append(": ").append(JsonWriter.quoted(names.get(i))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		entries.put("names", dictionary.append('}').toString()); //$NON-NLS-1$
		entries.put("modelbench.model_name", modelName); //$NON-NLS-1$
		entries.put("modelbench.labels", //$NON-NLS-1$
				names.stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		entries.put("modelbench.model_kind", TransferLearning.ID); //$NON-NLS-1$
		entries.put("modelbench.architecture", extractor.name() + " -> " + head.architecture()); //$NON-NLS-1$ //$NON-NLS-2$
		entries.put("modelbench.input", INPUT + ": float32 [batch, 3, " + extractor.inputSize() + ", " //$NON-NLS-1$ //$NON-NLS-2$
				+ extractor.inputSize() + "], NCHW, channels R, G, B, value = 8-bit sample / 255 (0..1, no mean or std)"); //$NON-NLS-1$
		entries.put("modelbench.preprocessing", "The whole image scaled to " + extractor.inputSize() + " x " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ extractor.inputSize() + " (aspect ratio not kept, no crop), EXIF orientation applied, transparency" //$NON-NLS-1$
				+ " over white; Model Bench first halves each side by 2x2 box averages while it is at least twice the" //$NON-NLS-1$
				+ " target, then resizes bilinearly at pixel centres (OpenCV INTER_AREA then INTER_LINEAR comes close)"); //$NON-NLS-1$
		entries.put("modelbench.output", OUTPUT + ": float32 [batch, " + names.size() //$NON-NLS-1$ //$NON-NLS-2$
				+ "], class probabilities (softmax) in the order of modelbench.labels"); //$NON-NLS-1$
		List<StringStringEntryProto> all = new ArrayList<>(OnnxGraphs.metadata(entries));
		// The extractor's own provenance and licence, prefixed so it is not read as the whole model's.
		for (StringStringEntryProto entry : backbone.getMetadataPropsList()) {
			all.add(entry.toBuilder().setKey("backbone." + entry.getKey()).build()); //$NON-NLS-1$
		}
		return all;
	}

	/** The UNIHIKER runtime's description of the model: its name, classes and input size. */
	static String yaml(List<String> classNames, String modelName, int inputSize) {
		return "# Written by Model Bench beside model.onnx; the UNIHIKER model runtime reads it.\n" //$NON-NLS-1$
				+ "model_name: " + JsonWriter.quoted(modelName) + '\n' //$NON-NLS-1$
				+ "class_names: " + classNames.stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ '\n' + "imgsz: " + inputSize + '\n'; //$NON-NLS-1$
	}
}
