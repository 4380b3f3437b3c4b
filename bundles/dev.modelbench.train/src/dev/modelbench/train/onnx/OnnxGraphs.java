package dev.modelbench.train.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;

import dev.modelbench.train.onnx.proto.Onnx.AttributeProto;
import dev.modelbench.train.onnx.proto.Onnx.NodeProto;
import dev.modelbench.train.onnx.proto.Onnx.StringStringEntryProto;
import dev.modelbench.train.onnx.proto.Onnx.TensorProto;
import dev.modelbench.train.onnx.proto.Onnx.TensorShapeProto;
import dev.modelbench.train.onnx.proto.Onnx.TypeProto;
import dev.modelbench.train.onnx.proto.Onnx.ValueInfoProto;

/** Small builders for the parts of ONNX graphs that Model Bench writes. */
public final class OnnxGraphs {

	/** The opset every Model Bench graph is written for (it has STFT and MelWeightMatrix). */
	public static final int OPSET = 17;

	/** ONNX IR version 8 goes with opset 17. */
	public static final int IR_VERSION = 8;

	private OnnxGraphs() {
	}

	/** A node {@code op} reading {@code inputs} and writing the single tensor {@code output}, named after it. */
	public static NodeProto node(String op, String output, List<String> inputs, AttributeProto... attributes) {
		return NodeProto.newBuilder().setOpType(op).setName(output).addAllInput(inputs).addOutput(output)
				.addAllAttribute(List.of(attributes)).build();
	}

	/** An integer attribute. */
	public static AttributeProto attribute(String name, long value) {
		return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
	}

	/** A float attribute. */
	public static AttributeProto attribute(String name, float value) {
		return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value)
				.build();
	}

	/** A list-of-integers attribute, e.g. kernel_shape. */
	public static AttributeProto ints(String name, long... values) {
		AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name)
				.setType(AttributeProto.AttributeType.INTS);
		for (long value : values) {
			attribute.addInts(value);
		}
		return attribute.build();
	}

	/** A float32 initializer of shape {@code dims}, stored as raw little-endian bytes. */
	public static TensorProto floats(String name, long[] dims, float[] values) {
		ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(values);
		return tensor(name, TensorProto.DataType.FLOAT_VALUE, dims, bytes.array());
	}

	/** An int64 initializer of shape {@code dims}, e.g. the shape input of a Reshape. */
	public static TensorProto longs(String name, long[] dims, long[] values) {
		ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asLongBuffer().put(values);
		return tensor(name, TensorProto.DataType.INT64_VALUE, dims, bytes.array());
	}

	private static TensorProto tensor(String name, int type, long[] dims, byte[] raw) {
		TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(type)
				.setRawData(ByteString.copyFrom(raw));
		for (long dim : dims) {
			tensor.addDims(dim);
		}
		return tensor.build();
	}

	/**
	 * A float32 graph input or output.
	 *
	 * @param dims each a {@link Number} (a fixed size) or a {@link String} (a named, free size such as "batch")
	 */
	public static ValueInfoProto floatValue(String name, Object... dims) {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		for (Object dim : dims) {
			TensorShapeProto.Dimension.Builder dimension = TensorShapeProto.Dimension.newBuilder();
			if (dim instanceof Number size) {
				dimension.setDimValue(size.longValue());
			} else {
				dimension.setDimParam(dim.toString());
			}
			shape.addDim(dimension);
		}
		return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
				TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
	}

	/** The entries of a model's {@code metadata_props}, in the map's order. */
	public static List<StringStringEntryProto> metadata(Map<String, String> entries) {
		return entries.entrySet().stream()
				.map(e -> StringStringEntryProto.newBuilder().setKey(e.getKey()).setValue(e.getValue()).build())
				.toList();
	}
}
