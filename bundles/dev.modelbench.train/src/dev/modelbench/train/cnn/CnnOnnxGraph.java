package dev.modelbench.train.cnn;

import java.util.List;

import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;

/**
 * Appends a trained CNN to an ONNX graph, op for op what {@link CnnPass} computes: Sub and Mul
 * (the input standardisation), per block Conv 3×3 (pads 1) and Relu with MaxPool 2×2 between
 * blocks, GlobalAveragePool (or ReduceMean over the rows), Flatten, Gemm and Softmax.
 */
public final class CnnOnnxGraph {

	private CnnOnnxGraph() {
	}

	/**
	 * Adds the nodes reading {@code input} (float32 [batch, C, H, W], raw) to {@code graph}.
	 *
	 * @param output the name of the probabilities, float32 [batch, classes]
	 */
	public static void addTo(GraphProto.Builder graph, String input, CnnClassifier model, String output) {
		CnnShape shape = model.shape();
		InputStandardization standardization = model.standardization();
		long[] statistics = standardization.broadcastShape();
		graph.addInitializer(OnnxGraphs.floats("cnn_mean", statistics, standardization.mean())); //$NON-NLS-1$
		graph.addInitializer(OnnxGraphs.floats("cnn_inv_std", statistics, standardization.inverseStd())); //$NON-NLS-1$
		graph.addNode(OnnxGraphs.node("Sub", "cnn_centred", List.of(input, "cnn_mean"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		graph.addNode(OnnxGraphs.node("Mul", "cnn_standardised", List.of("cnn_centred", "cnn_inv_std"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String previous = "cnn_standardised"; //$NON-NLS-1$
		for (int b = 0; b < shape.blocks(); b++) {
			String kernels = "cnn_conv" + b + "_W"; //$NON-NLS-1$ //$NON-NLS-2$
			String bias = "cnn_conv" + b + "_b"; //$NON-NLS-1$ //$NON-NLS-2$
			graph.addInitializer(OnnxGraphs.floats(kernels,
					new long[] { shape.filters(b), shape.inputChannels(b), 3, 3 }, model.parameter(2 * b)));
			graph.addInitializer(OnnxGraphs.floats(bias, new long[] { shape.filters(b) }, model.parameter(2 * b + 1)));
			String conv = "cnn_conv" + b; //$NON-NLS-1$
			graph.addNode(OnnxGraphs.node("Conv", conv, List.of(previous, kernels, bias), //$NON-NLS-1$
					OnnxGraphs.ints("kernel_shape", 3, 3), OnnxGraphs.ints("pads", 1, 1, 1, 1))); //$NON-NLS-1$ //$NON-NLS-2$
			String relu = "cnn_relu" + b; //$NON-NLS-1$
			graph.addNode(OnnxGraphs.node("Relu", relu, List.of(conv))); //$NON-NLS-1$
			previous = relu;
			if (b < shape.blocks() - 1) {
				String pool = "cnn_pool" + b; //$NON-NLS-1$
				graph.addNode(OnnxGraphs.node("MaxPool", pool, List.of(previous), //$NON-NLS-1$
						OnnxGraphs.ints("kernel_shape", 2, 2), OnnxGraphs.ints("strides", 2, 2))); //$NON-NLS-1$ //$NON-NLS-2$
				previous = pool;
			}
		}
		if (shape.pooling() == CnnShape.Pooling.GLOBAL) {
			graph.addNode(OnnxGraphs.node("GlobalAveragePool", "cnn_pooled", List.of(previous))); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			// [batch, filters, columns]; Flatten then orders the features filter by filter, as CnnPass does.
			graph.addNode(OnnxGraphs.node("ReduceMean", "cnn_pooled", List.of(previous), //$NON-NLS-1$ //$NON-NLS-2$
					OnnxGraphs.ints("axes", 2), OnnxGraphs.attribute("keepdims", 0L))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		graph.addNode(OnnxGraphs.node("Flatten", "cnn_features", List.of("cnn_pooled"), OnnxGraphs.attribute("axis", 1L))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int last = 2 * shape.blocks();
		graph.addInitializer(OnnxGraphs.floats("cnn_dense_W", new long[] { shape.features(), shape.classes() }, //$NON-NLS-1$
				model.parameter(last)));
		graph.addInitializer(OnnxGraphs.floats("cnn_dense_b", new long[] { shape.classes() }, model.parameter(last + 1))); //$NON-NLS-1$
		graph.addNode(OnnxGraphs.node("Gemm", "cnn_logits", List.of("cnn_features", "cnn_dense_W", "cnn_dense_b"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		graph.addNode(OnnxGraphs.node("Softmax", output, List.of("cnn_logits"), OnnxGraphs.attribute("axis", 1L))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
