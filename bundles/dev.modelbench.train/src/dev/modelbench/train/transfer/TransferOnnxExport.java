package dev.modelbench.train.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.modelbench.train.head.DenseLayer;
import dev.modelbench.train.head.SoftmaxClassifier;
import dev.modelbench.train.image.ImageOnnxExport;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.NodeProto;
import dev.modelbench.train.onnx.proto.Onnx.StringStringEntryProto;
import dev.modelbench.train.onnx.proto.Onnx.ValueInfoProto;

/**
 * Writes a transfer model as one self-contained ONNX file, the extractor's graph with the head
 * appended, with {@code model.yaml} beside it: the {@link ImageOnnxExport} contract.
 */
final class TransferOnnxExport {

	private TransferOnnxExport() {
	}

	static List<Path> write(FeatureExtractor extractor, SoftmaxClassifier head, String modelName, Path folder)
			throws IOException {
		ImageOnnxExport contract = contract(extractor, head, modelName);
		return contract.write(toOnnx(extractor, head, contract), folder);
	}

	static ImageOnnxExport contract(FeatureExtractor extractor, SoftmaxClassifier head, String modelName) {
		return new ImageOnnxExport(TransferLearning.ID, extractor.name() + " -> " + head.architecture(), //$NON-NLS-1$
				head.classNames(), extractor.inputSize(), modelName);
	}

	static ModelProto toOnnx(FeatureExtractor extractor, SoftmaxClassifier head, ImageOnnxExport contract)
			throws IOException {
		ModelProto backbone = ModelProto.parseFrom(extractor.model());
		GraphProto.Builder graph = backbone.getGraph().toBuilder();
		String features = graph.getOutput(0).getName();
		renameInput(graph, ImageOnnxExport.INPUT);
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
		graph.addNode(OnnxGraphs.node("Softmax", ImageOnnxExport.OUTPUT, List.of(previous), //$NON-NLS-1$
				OnnxGraphs.attribute("axis", 1L))); //$NON-NLS-1$
		graph.addOutput(OnnxGraphs.floatValue(ImageOnnxExport.OUTPUT, batchDim(graph), head.classCount()));

		return contract.describe(backbone.toBuilder().setGraph(graph)).addAllMetadataProps(backboneMetadata(backbone))
				.build();
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

	/** The extractor's own provenance and licence, prefixed so it is not read as the whole model's. */
	private static List<StringStringEntryProto> backboneMetadata(ModelProto backbone) {
		List<StringStringEntryProto> entries = new ArrayList<>();
		for (StringStringEntryProto entry : backbone.getMetadataPropsList()) {
			entries.add(entry.toBuilder().setKey("backbone." + entry.getKey()).build()); //$NON-NLS-1$
		}
		return entries;
	}
}
