package dev.modelbench.train.imagecnn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnFile;
import dev.modelbench.train.cnn.CnnOnnxGraph;
import dev.modelbench.train.image.ImageOnnxExport;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.OperatorSetIdProto;

/**
 * Writes an image CNN as one ONNX file with {@code model.yaml} beside it (the {@link ImageOnnxExport}
 * contract), and the CNN itself as {@value CnnFile#EXPORT_FILE} for microcontroller sketches.
 */
final class ImageCnnOnnxExport {

	private ImageCnnOnnxExport() {
	}

	static List<Path> write(CnnClassifier cnn, String modelName, Path folder) throws IOException {
		ImageOnnxExport contract = new ImageOnnxExport(ImageCnn.ID, cnn.shape().describe(), cnn.classNames(),
				ImageCnn.INPUT_SIZE, modelName);
		List<Path> files = new ArrayList<>(contract.write(toOnnx(cnn, contract), folder));
		byte[] weights = CnnFile.toBytes(cnn);
		Path weightsFile = folder.resolve(CnnFile.EXPORT_FILE);
		new AtomicFileWriter().write(weightsFile, out -> out.write(weights));
		files.add(weightsFile);
		return List.copyOf(files);
	}

	static ModelProto toOnnx(CnnClassifier cnn, ImageOnnxExport contract) {
		int size = ImageCnn.INPUT_SIZE;
		GraphProto.Builder graph = GraphProto.newBuilder().setName("modelbench_" + ImageCnn.ID); //$NON-NLS-1$
		graph.addInput(OnnxGraphs.floatValue(ImageOnnxExport.INPUT, "batch", 3, size, size)); //$NON-NLS-1$
		CnnOnnxGraph.addTo(graph, ImageOnnxExport.INPUT, cnn, ImageOnnxExport.OUTPUT);
		graph.addOutput(OnnxGraphs.floatValue(ImageOnnxExport.OUTPUT, "batch", cnn.classNames().size())); //$NON-NLS-1$
		return contract.describe(ModelProto.newBuilder().setIrVersion(OnnxGraphs.IR_VERSION)
				.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxGraphs.OPSET)) //$NON-NLS-1$
				.setGraph(graph)).build();
	}
}
