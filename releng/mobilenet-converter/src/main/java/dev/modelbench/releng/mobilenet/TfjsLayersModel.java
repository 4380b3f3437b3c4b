package dev.modelbench.releng.mobilenet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * A TensorFlow.js layers model as nsfwjs bundles it: the model JSON and the weight shard are each
 * wrapped in a browserify module ({@code model.min.js}: a JavaScript object literal;
 * {@code group1-shard1of1.min.js}: a base64 string of the weight bytes). Only what a converter
 * needs is kept: the Keras layers in file order (already topologically sorted) and the weights.
 */
public final class TfjsLayersModel {

    /** One Keras layer: its class, its config and the names of the layers feeding it. */
    public record Layer(String name, String className, JsonObject config, List<String> inputs) {

        public JsonElement get(String key) {
            return config.get(key);
        }

        public int getInt(String key, int index) {
            return config.getAsJsonArray(key).get(index).getAsInt();
        }

        public double getDouble(String key) {
            return config.get(key).getAsDouble();
        }

        public String getString(String key) {
            return config.get(key).getAsString();
        }

        /** Minified JS writes booleans as {@code !0} (true) and {@code !1} (false). */
        public boolean getBoolean(String key) {
            JsonElement e = config.get(key);
            if (e == null || e.isJsonNull()) {
                return false;
            }
            String s = e.getAsString();
            return switch (s) {
                case "true", "!0" -> true;
                case "false", "!1" -> false;
                default -> throw new IllegalArgumentException(key + ": not a boolean: " + s);
            };
        }
    }

    /**
     * One weight tensor. nsfwjs stores every weight as uint8 with the tfjs affine quantization
     * {@code value = q * scale + min}; {@code quantized} is null for plain float32 weights.
     */
    public record Weight(String name, int[] shape, byte[] quantized, double scale, double min, float[] floats) {

        public int size() {
            int n = 1;
            for (int d : shape) {
                n *= d;
            }
            return n;
        }

        public boolean isQuantized() {
            return quantized != null;
        }

        /** Dequantizes exactly as tfjs-core io_utils does (double arithmetic, stored as float32). */
        public float[] dequantize() {
            if (!isQuantized()) {
                return floats;
            }
            float[] out = new float[quantized.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) ((quantized[i] & 0xff) * scale + min);
            }
            return out;
        }
    }

    private final String kerasVersion;
    private final List<Layer> layers;
    private final Map<String, Weight> weights;

    private TfjsLayersModel(String kerasVersion, List<Layer> layers, Map<String, Weight> weights) {
        this.kerasVersion = kerasVersion;
        this.layers = layers;
        this.weights = weights;
    }

    /** Reads {@code dist/models/<model>/model.min.js} and its single weight shard. */
    public static TfjsLayersModel read(Path modelJs, Path shardJs) throws IOException {
        JsonObject root = parseObjectLiteral(Files.readString(modelJs, StandardCharsets.UTF_8), "{modelTopology:");
        JsonObject topology = root.getAsJsonObject("modelTopology");
        List<Layer> layers = new ArrayList<>();
        for (JsonElement e : topology.getAsJsonObject("model_config").getAsJsonObject("config").getAsJsonArray("layers")) {
            JsonObject l = e.getAsJsonObject();
            List<String> inputs = new ArrayList<>();
            JsonArray inbound = l.getAsJsonArray("inbound_nodes");
            if (inbound.size() > 1) {
                throw new IllegalArgumentException("shared layer not supported: " + l.get("name"));
            }
            for (JsonElement node : inbound) {
                for (JsonElement in : node.getAsJsonArray()) {
                    inputs.add(in.getAsJsonArray().get(0).getAsString());
                }
            }
            layers.add(new Layer(l.get("name").getAsString(), l.get("class_name").getAsString(),
                    l.getAsJsonObject("config"), List.copyOf(inputs)));
        }

        byte[] data = decodeShard(Files.readString(shardJs, StandardCharsets.US_ASCII));
        JsonArray manifest = root.getAsJsonArray("weightsManifest");
        if (manifest.size() != 1) {
            throw new IllegalArgumentException("expected one weight group, found " + manifest.size());
        }
        Map<String, Weight> weights = new LinkedHashMap<>();
        int offset = 0;
        for (JsonElement e : manifest.get(0).getAsJsonObject().getAsJsonArray("weights")) {
            JsonObject w = e.getAsJsonObject();
            String name = w.get("name").getAsString();
            JsonArray s = w.getAsJsonArray("shape");
            int[] shape = new int[s.size()];
            int n = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = s.get(i).getAsInt();
                n *= shape[i];
            }
            if (!"float32".equals(w.get("dtype").getAsString())) {
                throw new IllegalArgumentException(name + ": unsupported dtype " + w.get("dtype"));
            }
            JsonObject q = w.getAsJsonObject("quantization");
            if (q != null) {
                if (!"uint8".equals(q.get("dtype").getAsString())) {
                    throw new IllegalArgumentException(name + ": unsupported quantization " + q.get("dtype"));
                }
                byte[] bytes = new byte[n];
                System.arraycopy(data, offset, bytes, 0, n);
                offset += n;
                weights.put(name, new Weight(name, shape, bytes, q.get("scale").getAsDouble(), q.get("min").getAsDouble(), null));
            } else {
                float[] f = new float[n];
                java.nio.ByteBuffer.wrap(data, offset, 4 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
                offset += 4 * n;
                weights.put(name, new Weight(name, shape, null, 0, 0, f));
            }
        }
        if (offset != data.length) {
            throw new IllegalArgumentException("weight shard has " + data.length + " bytes, manifest describes " + offset);
        }
        return new TfjsLayersModel(topology.get("keras_version").getAsString(), List.copyOf(layers), weights);
    }

    /**
     * Parses the object literal starting at {@code marker} leniently: unquoted keys and numbers
     * such as {@code .5} come back as strings that {@code getAsDouble()} still parses.
     */
    private static JsonObject parseObjectLiteral(String js, String marker) {
        int start = js.indexOf(marker);
        if (start < 0) {
            throw new IllegalArgumentException("not a tfjs model bundle: '" + marker + "' not found");
        }
        JsonReader reader = new JsonReader(new StringReader(js.substring(start)));
        reader.setStrictness(Strictness.LENIENT);
        return JsonParser.parseReader(reader).getAsJsonObject();
    }

    private static byte[] decodeShard(String js) {
        Matcher m = Pattern.compile("exports\\s*=\\s*\"([A-Za-z0-9+/=]+)\"").matcher(js);
        if (!m.find()) {
            throw new IllegalArgumentException("no base64 weight string found in the shard");
        }
        return Base64.getDecoder().decode(m.group(1));
    }

    public String kerasVersion() {
        return kerasVersion;
    }

    public List<Layer> layers() {
        return layers;
    }

    public Weight weight(String name) {
        Weight w = weights.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no weight " + name);
        }
        return w;
    }
}
