package dev.modelbench.releng.mobilenet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;

import dev.modelbench.releng.mobilenet.TfjsLayersModel.Layer;
import dev.modelbench.releng.mobilenet.TfjsLayersModel.Weight;
import dev.modelbench.train.onnx.proto.Onnx.AttributeProto;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.NodeProto;
import dev.modelbench.train.onnx.proto.Onnx.OperatorSetIdProto;
import dev.modelbench.train.onnx.proto.Onnx.StringStringEntryProto;
import dev.modelbench.train.onnx.proto.Onnx.TensorProto;
import dev.modelbench.train.onnx.proto.Onnx.TensorShapeProto;
import dev.modelbench.train.onnx.proto.Onnx.TypeProto;
import dev.modelbench.train.onnx.proto.Onnx.ValueInfoProto;

/**
 * Builds an ONNX (opset 17) feature extractor from the Keras MobileNetV2 layers of a
 * {@link TfjsLayersModel}: NHWC Keras layers become NCHW ONNX nodes, the explicit ZeroPadding2D
 * layers are folded into the pads of the following convolution, BatchNormalization stays a node
 * (ONNX Runtime fuses it into the convolution when it loads the model), ReLU6 becomes Clip.
 */
public final class MobileNetV2FeatureGraph {

    public static final int OPSET = 17;
    public static final int IMAGE_SIZE = 224;
    public static final String INPUT = "pixels";
    public static final String OUTPUT = "features";
    public static final String PREPROCESSING = "input 'pixels': float32 [N,3,224,224], NCHW, channels R,G,B; "
            + "value = 8-bit sample / 255 (range 0..1, no mean subtraction, no std division); "
            + "the source model (nsfwjs) resizes the whole image to 224x224 with bilinear interpolation "
            + "(tf.image.resizeBilinear, alignCorners=true), no crop, aspect ratio not kept";

    /** How the weights are stored in the ONNX file. */
    public enum WeightStorage {
        /** The source's 8-bit values as uint8 initializers; value = float(double(q) * scale + min) in the graph. */
        UINT8,
        /** Dequantized float32 initializers. */
        FLOAT32
    }

    /** How the feature map at the cut becomes a vector. */
    public enum Pooling {
        GLOBAL_AVERAGE(1), GRID_2X2(2);

        final int grid;

        Pooling(int grid) {
            this.grid = grid;
        }

        public static Pooling parse(String s) {
            return switch (s) {
                case "global", "gap" -> GLOBAL_AVERAGE;
                case "2x2" -> GRID_2X2;
                default -> throw new IllegalArgumentException("pooling must be 'global' or '2x2': " + s);
            };
        }

        @Override
        public String toString() {
            return grid == 1 ? "global" : grid + "x" + grid;
        }
    }

    /** A tensor in the graph: its NCHW channels and spatial size, plus pads a following conv must apply. */
    private record Tensor(String name, int channels, int size, int[] pendingPads) {
    }

    private final TfjsLayersModel source;
    private final WeightStorage storage;
    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Map<String, Tensor> tensors = new HashMap<>();
    private int featureDim;

    private MobileNetV2FeatureGraph(TfjsLayersModel source, WeightStorage storage) {
        this.source = source;
        this.storage = storage;
    }

    /**
     * The Keras layer whose output is the output of a block: "final" is the 1280-channel out_relu,
     * 0 is expanded_conv, 1..16 are block_1..block_16 (after the residual Add where there is one).
     */
    public static String cutLayerName(TfjsLayersModel source, String cut) {
        if ("final".equals(cut)) {
            return "out_relu";
        }
        int block = Integer.parseInt(cut);
        String prefix = block == 0 ? "expanded_conv" : "block_" + block;
        String name = null;
        for (Layer l : source.layers()) {
            if (l.name().equals(prefix + "_add") || l.name().equals(prefix + "_project_BN")) {
                name = l.name(); // the Add comes after the project BN, so the last match wins
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("no block " + cut + " in this model");
        }
        return name;
    }

    /** Builds the feature extractor ending at {@code cutLayer} (a Keras layer name), then pooled. */
    public static ModelProto build(TfjsLayersModel source, String cutLayer, Pooling pooling, WeightStorage storage,
            Map<String, String> extraMetadata) {
        return build(source, List.of(cutLayer), pooling, storage, extraMetadata);
    }

    /**
     * Builds a feature extractor whose features are those of each of {@code cutLayers} (Keras layer
     * names, in network order), each pooled the same way, concatenated in that order. One pass of the
     * network computes them all.
     */
    public static ModelProto build(TfjsLayersModel source, List<String> cutLayers, Pooling pooling,
            WeightStorage storage, Map<String, String> extraMetadata) {
        MobileNetV2FeatureGraph b = new MobileNetV2FeatureGraph(source, storage);
        String cutLayer = String.join("+", cutLayers);
        b.graph.setName("mobilenet_v2_features_" + cutLayer + "_" + pooling);
        b.layersUpTo(cutLayers.get(cutLayers.size() - 1));
        List<String> parts = new ArrayList<>();
        StringBuilder described = new StringBuilder();
        for (String layer : cutLayers) {
            Tensor cut = b.tensors.get(layer);
            if (cut == null) {
                throw new IllegalArgumentException("no layer " + layer + " before " + cutLayers.get(cutLayers.size() - 1));
            }
            int from = b.featureDim;
            parts.add(b.pool(cut, pooling, cutLayers.size() == 1 ? OUTPUT : layer + "_features"));
            described.append(described.length() == 0 ? "" : "; ").append(cutLayers.size() == 1 ? ""
                    : "features " + from + ".." + (b.featureDim - 1) + ": ").append("Keras layer ").append(layer)
                    .append(" (").append(cut.channels).append(" channels, ").append(cut.size).append('x').append(cut.size)
                    .append(')');
        }
        if (parts.size() > 1) {
            b.graph.addNode(node("Concat", OUTPUT, parts.toArray(String[]::new))
                    .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(1)));
        }
        b.graph.addOutput(valueInfo(OUTPUT, "N", b.featureDim));

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("modelbench.preprocessing", PREPROCESSING);
        metadata.put("modelbench.output", "'" + OUTPUT + "': float32 [N," + b.featureDim + "]; " + described
                + (cutLayers.size() == 1 ? " " : ", each ") + "average-pooled "
                + (pooling.grid == 1 ? "globally"
                        : "to a 2x2 grid (adaptive bins), flattened channel-major: index = c*4 + row*2 + col"));
        metadata.put("modelbench.cut_layer", cutLayer);
        metadata.put("modelbench.pooling", pooling.toString());
        metadata.put("modelbench.feature_dim", Integer.toString(b.featureDim));
        metadata.put("modelbench.weights", storage == WeightStorage.UINT8
                ? "uint8 as in the source (tfjs affine quantization, value = q*scale + min, dequantized in the graph)"
                : "float32 (dequantized from the source's uint8 values)");
        metadata.putAll(extraMetadata);

        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(8)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("modelbench-mobilenet-converter")
                .setProducerVersion("0.1.0")
                .setDocString("MobileNetV2 (alpha 1.0, 224 px) feature extractor, frozen. " + PREPROCESSING)
                .setGraph(b.graph);
        metadata.forEach((k, v) -> model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return model.build();
    }

    private Tensor layersUpTo(String cutLayer) {
        for (Layer l : source.layers()) {
            Tensor out = switch (l.className()) {
                case "InputLayer" -> input(l);
                case "ZeroPadding2D" -> zeroPadding(l);
                case "Conv2D" -> conv(l, false);
                case "DepthwiseConv2D" -> conv(l, true);
                case "BatchNormalization" -> batchNorm(l);
                case "ReLU" -> relu(l);
                case "Add" -> add(l);
                default -> throw new IllegalArgumentException("layer " + l.name() + ": " + l.className()
                        + " is not supported (is the cut after the backbone?)");
            };
            tensors.put(l.name(), out);
            if (l.name().equals(cutLayer)) {
                return out;
            }
        }
        throw new IllegalArgumentException("no layer " + cutLayer);
    }

    private Tensor input(Layer l) {
        var shape = l.config().getAsJsonArray("batch_input_shape");
        if (shape.get(1).getAsInt() != IMAGE_SIZE || shape.get(3).getAsInt() != 3) {
            throw new IllegalArgumentException("expected a 224x224x3 input, got " + shape);
        }
        graph.addInput(valueInfo(INPUT, "N", 3, IMAGE_SIZE, IMAGE_SIZE));
        return new Tensor(INPUT, 3, IMAGE_SIZE, new int[4]);
    }

    private Tensor in(Layer l, int i) {
        return tensors.get(l.inputs().get(i));
    }

    private Tensor zeroPadding(Layer l) {
        Tensor x = in(l, 0);
        var p = l.config().getAsJsonArray("padding");
        int top = p.get(0).getAsJsonArray().get(0).getAsInt(), bottom = p.get(0).getAsJsonArray().get(1).getAsInt();
        int left = p.get(1).getAsJsonArray().get(0).getAsInt(), right = p.get(1).getAsJsonArray().get(1).getAsInt();
        if (top + bottom != left + right) {
            throw new IllegalArgumentException(l.name() + ": non-square padding");
        }
        // ONNX pads order: [top, left, bottom, right]; applied by the next Conv.
        int[] pads = {x.pendingPads[0] + top, x.pendingPads[1] + left, x.pendingPads[2] + bottom, x.pendingPads[3] + right};
        return new Tensor(x.name, x.channels, x.size + top + bottom, pads);
    }

    private Tensor conv(Layer l, boolean depthwise) {
        Tensor x = in(l, 0);
        requireValue(l, "activation", "linear");
        requireValue(l, "data_format", "channels_last");
        int k = l.getInt("kernel_size", 0), stride = l.getInt("strides", 0);
        if (l.getInt("kernel_size", 1) != k || l.getInt("strides", 1) != stride || l.getInt("dilation_rate", 0) != 1
                || l.getInt("dilation_rate", 1) != 1) {
            throw new IllegalArgumentException(l.name() + ": only square kernels/strides without dilation");
        }
        int[] pads = x.pendingPads.clone();
        int paddedSize = x.size;
        if ("same".equals(l.getString("padding"))) { // TensorFlow SAME: the extra pixel goes bottom/right
            int unpadded = x.size - pads[0] - pads[2];
            int total = Math.max((ceilDiv(unpadded, stride) - 1) * stride + k - unpadded, 0);
            pads[0] += total / 2;
            pads[1] += total / 2;
            pads[2] += total - total / 2;
            pads[3] += total - total / 2;
            paddedSize = unpadded + total;
        }
        int outSize = (paddedSize - k) / stride + 1;

        Weight w = source.weight(l.name() + (depthwise ? "/depthwise_kernel" : "/kernel"));
        int[] ks = w.shape(); // Keras [kh, kw, in, out] or depthwise [kh, kw, in, multiplier]
        int outChannels = depthwise ? ks[2] * ks[3] : ks[3];
        // ONNX [out, in/group, kh, kw]; a depthwise [kh, kw, in, mult] kernel transposed to [in, mult, kh, kw]
        // has the same memory layout as [in*mult, 1, kh, kw] with output channel c*mult + m.
        String kernel = depthwise ? constant(w, new int[] {2, 3, 0, 1}, new long[] {outChannels, 1, k, k})
                : constant(w, new int[] {3, 2, 0, 1}, null);
        NodeProto.Builder node = node("Conv", l.name(), x.name, kernel)
                .addAttribute(ints("kernel_shape", k, k))
                .addAttribute(ints("strides", stride, stride))
                .addAttribute(ints("pads", pads))
                .addAttribute(ints("dilations", 1, 1));
        if (depthwise) {
            node.addAttribute(AttributeProto.newBuilder().setName("group").setType(AttributeProto.AttributeType.INT).setI(x.channels));
        }
        if (l.getBoolean("use_bias")) {
            node.addInput(constant(source.weight(l.name() + "/bias"), null, null));
        }
        graph.addNode(node);
        return new Tensor(l.name(), outChannels, outSize, new int[4]);
    }

    private Tensor batchNorm(Layer l) {
        Tensor x = in(l, 0);
        if (!l.getBoolean("center") || !l.getBoolean("scale") || l.config().get("axis").getAsInt() != -1) {
            throw new IllegalArgumentException(l.name() + ": only axis=-1 with center and scale");
        }
        String p = l.name() + "/";
        graph.addNode(node("BatchNormalization", l.name(), x.name,
                constant(source.weight(p + "gamma"), null, null),
                constant(source.weight(p + "beta"), null, null),
                constant(source.weight(p + "moving_mean"), null, null),
                constant(source.weight(p + "moving_variance"), null, null))
                .addAttribute(AttributeProto.newBuilder().setName("epsilon").setType(AttributeProto.AttributeType.FLOAT)
                        .setF((float) l.getDouble("epsilon"))));
        return new Tensor(l.name(), x.channels, x.size, x.pendingPads);
    }

    private Tensor relu(Layer l) {
        Tensor x = in(l, 0);
        if (l.getDouble("negative_slope") != 0 || l.getDouble("threshold") != 0) {
            throw new IllegalArgumentException(l.name() + ": only plain ReLU/ReLU6");
        }
        var max = l.get("max_value");
        if (max == null || max.isJsonNull()) {
            graph.addNode(node("Relu", l.name(), x.name));
        } else {
            String lo = scalar("clip_min_0", 0f), hi = scalar("clip_max_" + max.getAsString(), max.getAsFloat());
            graph.addNode(node("Clip", l.name(), x.name, lo, hi));
        }
        return new Tensor(l.name(), x.channels, x.size, x.pendingPads);
    }

    private Tensor add(Layer l) {
        Tensor a = in(l, 0), b = in(l, 1);
        graph.addNode(node("Add", l.name(), a.name, b.name));
        return new Tensor(l.name(), a.channels, a.size, new int[4]);
    }

    /** Pools {@code x} and flattens it into {@code output}; returns that name. */
    private String pool(Tensor x, Pooling pooling, String output) {
        String pooled = x.name + "_pool";
        if (pooling.grid == 1) {
            graph.addNode(node("GlobalAveragePool", pooled, x.name));
        } else {
            // Adaptive average pooling to grid x grid with equal-sized bins: 14 -> k7 s7, 7 -> k4 s3.
            int g = pooling.grid, k = ceilDiv(x.size, g), s = (x.size - k) / (g - 1);
            if ((g - 1) * s + k != x.size) {
                throw new IllegalArgumentException("cannot pool " + x.size + "x" + x.size + " to " + pooling);
            }
            graph.addNode(node("AveragePool", pooled, x.name)
                    .addAttribute(ints("kernel_shape", k, k))
                    .addAttribute(ints("strides", s, s)));
        }
        graph.addNode(node("Flatten", output, pooled)
                .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(1)));
        featureDim += x.channels * pooling.grid * pooling.grid;
        return output;
    }

    /**
     * Adds a weight as an initializer, transposed by {@code perm} (ONNX dim i = source dim perm[i]) and
     * optionally given new {@code dims}; returns the name of the float tensor holding its values.
     */
    private String constant(Weight w, int[] perm, long[] dims) {
        int[] p = perm;
        int[] shape = w.shape();
        if (p == null) {
            p = new int[shape.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = i;
            }
        }
        long[] outDims = dims;
        if (outDims == null) {
            outDims = new long[p.length];
            for (int i = 0; i < p.length; i++) {
                outDims[i] = shape[p[i]];
            }
        }
        int[] order = permutation(shape, p);
        String name = w.name();
        if (storage == WeightStorage.UINT8 && w.isQuantized()) {
            byte[] q = w.quantized(), t = new byte[q.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = q[order[i]];
            }
            graph.addInitializer(TensorProto.newBuilder().setName(name + "_q").setDataType(TensorProto.DataType.UINT8_VALUE)
                    .addAllDims(box(outDims)).setRawData(ByteString.copyFrom(t)));
            // In double, like tfjs (JavaScript numbers), then rounded once to float32: bit-identical to the
            // source's dequantized values. ONNX Runtime folds these constant nodes when it loads the model.
            String scale = doubleScalar(name + "_scale", w.scale()), min = doubleScalar(name + "_min", w.min());
            graph.addNode(cast(name + "_d", name + "_q", TensorProto.DataType.DOUBLE_VALUE));
            graph.addNode(node("Mul", name + "_scaled", name + "_d", scale));
            graph.addNode(node("Add", name + "_shifted", name + "_scaled", min));
            graph.addNode(cast(name + "_value", name + "_shifted", TensorProto.DataType.FLOAT_VALUE));
            return name + "_value";
        }
        float[] v = w.dequantize(), t = new float[v.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = v[order[i]];
        }
        graph.addInitializer(floatTensor(name, outDims, t));
        return name;
    }

    /** For each output (row-major over the permuted shape) the index of its source element. */
    private static int[] permutation(int[] shape, int[] perm) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        int rank = shape.length;
        int[] srcStride = new int[rank];
        for (int i = rank - 1, s = 1; i >= 0; s *= shape[i], i--) {
            srcStride[i] = s;
        }
        int[] out = new int[n], idx = new int[rank];
        for (int i = 0; i < n; i++) {
            int src = 0;
            for (int d = 0; d < rank; d++) {
                src += idx[d] * srcStride[perm[d]];
            }
            out[i] = src;
            for (int d = rank - 1; d >= 0; d--) { // increment the multi-index over the permuted shape
                if (++idx[d] < shape[perm[d]]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    private final Map<String, String> scalars = new HashMap<>();

    private String scalar(String name, float value) {
        return scalars.computeIfAbsent(name, n -> {
            graph.addInitializer(floatTensor(n, new long[0], new float[] {value}));
            return n;
        });
    }

    private String doubleScalar(String name, double value) {
        ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value);
        graph.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.DOUBLE_VALUE)
                .setRawData(ByteString.copyFrom(buf.array())));
        return name;
    }

    private static NodeProto.Builder cast(String output, String input, int to) {
        return node("Cast", output, input)
                .addAttribute(AttributeProto.newBuilder().setName("to").setType(AttributeProto.AttributeType.INT).setI(to));
    }

    private static TensorProto floatTensor(String name, long[] dims, float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addAllDims(box(dims)).setRawData(ByteString.copyFrom(buf.array())).build();
    }

    private static NodeProto.Builder node(String op, String output, String... inputs) {
        return NodeProto.newBuilder().setOpType(op).setName(output).addAllInput(List.of(inputs)).addOutput(output);
    }

    private static AttributeProto ints(String name, int... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (int v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    private static ValueInfoProto valueInfo(String name, String batchDim, int... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(batchDim));
        for (int d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    private static void requireValue(Layer l, String key, String expected) {
        if (!expected.equals(l.getString(key))) {
            throw new IllegalArgumentException(l.name() + ": " + key + " must be " + expected + ", is " + l.getString(key));
        }
    }

    private static List<Long> box(long[] dims) {
        return java.util.Arrays.stream(dims).boxed().toList();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
